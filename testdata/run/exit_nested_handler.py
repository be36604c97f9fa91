import sys

def shutdown(code):
    print("shutting down with", code)
    sys.exit(code)

try:
    shutdown(3)
except Exception:
    print("SystemExit is not an Exception; not reached")
except BaseException as e:
    print("caught as BaseException:", type(e).__name__, e.code)
    raise
