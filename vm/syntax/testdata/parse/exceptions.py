try:
    pass
except:
    pass

try:
    risky()
except ValueError:
    handle()
except (TypeError, KeyError) as e:
    log(e)
except Exception as exc:
    raise
else:
    ok()
finally:
    cleanup()

try:
    pass
finally:
    pass

try:
    pass
except* ValueError:
    pass
except* (TypeError, OSError) as eg:
    pass

raise
raise ValueError
raise ValueError("msg")
raise ValueError("msg") from None
raise RuntimeError from exc

assert x
assert x, "message"
assert isinstance(x, int), f"bad {x!r}"
