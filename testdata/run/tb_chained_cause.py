class ConfigError(Exception):
    pass

def load(text):
    try:
        return int(text)
    except ValueError as exc:
        raise ConfigError(f"invalid setting: {text!r}") from exc

print("loading")
load("12x")
