class Abort(BaseException):
    pass

try:
    raise Abort("base exception escapes except Exception")
except Exception:
    print("not reached")
