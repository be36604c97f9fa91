# traceback: format_exception of chained, suppressed and grouped exceptions,
# limits, format_exception_only with notes and syntax errors, stacks.
import traceback, sys
def inner(): raise ValueError("inner problem")
def outer():
    try: inner()
    except ValueError as e: raise KeyError("outer") from e
try: outer()
except KeyError as e:
    print("".join(traceback.format_exception(e)), end="")
    print("---")
    print("".join(traceback.format_exception(type(e), e, e.__traceback__, chain=False)), end="")
    print("---")
    print(traceback.format_exception_only(e))
    print("".join(traceback.format_exception(e, limit=1)), end="")
    print("---")
    print(traceback.format_exc(), end="")
    print("---")
    traceback.print_exc(file=sys.stdout)
    te = traceback.TracebackException.from_exception(e)
    print(type(te.__cause__).__name__, te.exc_type.__name__, list(te.format_exception_only()))
try:
    try: 1 / 0
    except ZeroDivisionError: int("x")
except ValueError as e:
    print("".join(traceback.format_exception(e)), end="")
try:
    try: 1 / 0
    except ZeroDivisionError as z: raise RuntimeError("suppressed") from None
except RuntimeError as e:
    print("".join(traceback.format_exception(e)), end="")
print(traceback.format_exception_only(SyntaxError("bad", ("f.py", 3, 5, "x = = 1\n"))))
print(traceback.format_exception_only(ValueError()))
print(traceback.format_exception_only(KeyError("k")))
class E(Exception):
    def __str__(self): raise RuntimeError
print(traceback.format_exception_only(E()))
e = ValueError("with note"); e.add_note("note 1"); e.add_note("note 2")
print(traceback.format_exception_only(e))
def f(): return traceback.extract_stack()
st = f(); print(len(st) >= 1, st[-1].name, st[-1].line, type(st).__name__)
print(traceback.format_list([("a.py", 1, "fn", "x = 1")]))
fs = traceback.FrameSummary("a.py", 3, "fn", line="pass"); print(fs, fs.lineno, fs.line)
print(traceback.format_stack(limit=1)[0].split(",")[1])
try: raise ExceptionGroup("grp", [ValueError(1), TypeError(2)])
except ExceptionGroup as g: print("".join(traceback.format_exception(g)), end="")
print(traceback.format_exc())
traceback.print_exception(ValueError("direct"), file=sys.stdout)
try: raise ValueError("x")
except ValueError:
    print(traceback.format_tb(sys.exc_info()[2]))
    for fr, ln in traceback.walk_tb(sys.exc_info()[2]): print(ln)
