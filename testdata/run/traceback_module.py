import sys, traceback, io

def inner(x):
    return x[1] + 1/0

def outer():
    return inner([1, 2])

try:
    outer()
except ZeroDivisionError:
    print(traceback.format_exc(), end="")
    s = traceback.format_exc(limit=1)
    print(s, end="")
    print(traceback.format_exc(limit=-1), end="")
    buf = io.StringIO() if hasattr(io, "StringIO") else None
    traceback.print_exc(file=sys.stdout)
    e = sys.exception()
    chunks = traceback.format_exception(e)
    print(len(chunks), repr(chunks[0]), repr(chunks[-1]))
    print(traceback.format_exception_only(e))
    tb = traceback.extract_tb(e.__traceback__)
    print(len(tb), tb[0], tb[-1].name, tb[-1].line, tb[-1].lineno, list(tb[-1]))
    print(tb.format()[-1], end="")
    print(traceback.format_tb(e.__traceback__)[1], end="")
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(e.__traceback__)])

def chained():
    try:
        {}['k']
    except KeyError as e:
        raise ValueError("bad") from e

try:
    chained()
except ValueError as e:
    for chunk in traceback.format_exception(e):
        print(repr(chunk))
    print("".join(traceback.format_exception(e, chain=False)), end="")
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), te.__cause__.exc_type.__name__, te.__cause__ is not None, te.stack[0].name)
    print("".join(te.format_exception_only()), end="")
    traceback.print_exception(e, file=sys.stdout, limit=0)
    traceback.print_exception(type(e), e, e.__traceback__, file=sys.stdout, chain=False)

def f3():
    return traceback.extract_stack()
def f2():
    return f3()
st = f2()
print([x.name for x in st], st[-1].line)
print("".join(traceback.format_list([("a.py", 3, "fn", "x = 1"), ("b.py", 4, "g", None)])), end="")
def show():
    traceback.print_stack(file=sys.stdout)
show()
print(traceback.format_exception_only(ValueError, ValueError("v")), traceback.format_exception_only(None))
try:
    compile("a = (1,\n", "<s>", "exec")
except SyntaxError as e:
    print(traceback.format_exception_only(e))
fs = traceback.FrameSummary("x.py", 1, "f", line="pass")
print(fs, fs == ("x.py", 1, "f", "pass"), len(fs), fs.line)
try:
    traceback.format_exception(ValueError, 1)
except ValueError as e:
    print("ValueError", e)
try:
    traceback.print_exception(42)
except TypeError as e:
    print("TypeError", e)
def rec(n):
    if n == 0: raise RuntimeError("deep")
    rec(n - 1)
try:
    rec(10)
except RuntimeError:
    print(traceback.format_exc())
e = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
print("".join(traceback.format_exception(e)), end="")
