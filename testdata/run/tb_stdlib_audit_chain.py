# A config loader whose failure escapes: the uncaught report must show the
# chained causes, the notes added on the way up, and an exception group of
# validation errors, exactly as CPython 3.12 prints them.
import json


class ConfigError(Exception):
    pass


def parse(text):
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        err = ConfigError(f"invalid JSON at line {e.lineno} column {e.colno}")
        err.add_note(f"document: {text!r}")
        raise err from e


def validate(cfg):
    problems = []
    for key, kind in (("port", int), ("host", str), ("debug", bool)):
        if key not in cfg:
            problems.append(KeyError(key))
        elif not isinstance(cfg[key], kind):
            problems.append(TypeError(f"{key} must be {kind.__name__}, not {type(cfg[key]).__name__}"))
    if problems:
        raise ExceptionGroup(f"{len(problems)} invalid settings", problems)
    return cfg


def load(text):
    try:
        return validate(parse(text))
    except* KeyError as group:
        for exc in group.exceptions:
            exc.add_note("hint: see config.example.json")
        raise


print(load('{"port": 80, "host": "h", "debug": false}'))
try:
    load('{"port": 80,, "host": "h"}')
except ConfigError as e:
    print("caught:", e, "| cause:", type(e.__cause__).__name__, e.__cause__.pos, "| notes:", e.__notes__)
try:
    load('{"port": "80"}')
except* TypeError as g:
    print("type errors:", [str(x) for x in g.exceptions])
except* KeyError as g:
    print("missing:", sorted(str(x) for x in g.exceptions), g.exceptions[0].__notes__)
load('{"port": "eighty", "debug": 1}')
