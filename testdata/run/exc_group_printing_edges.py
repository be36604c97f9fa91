import sys
def show():
    sys.__excepthook__(*sys.exc_info())

def leaf(i):
    if i % 2:
        raise ValueError(f"odd {i}")
    raise TypeError(f"even {i}")

def gather(n):
    errs = []
    for i in range(n):
        try:
            leaf(i)
        except Exception as e:
            errs.append(e)
    raise ExceptionGroup("gathered", errs)

try:
    gather(3)
except ExceptionGroup:
    show()

try:
    try:
        gather(2)
    except* ValueError as eg:
        print("caught", repr(eg))
        raise RuntimeError("handler failed")
except Exception:
    show()

try:
    try:
        raise KeyError("k")
    except KeyError as k:
        raise ExceptionGroup("ctx", [ValueError("in group")])
except ExceptionGroup:
    show()

try:
    e1 = ValueError("with note")
    e1.add_note("note A")
    e1.add_note("note B")
    inner = ExceptionGroup("inner", [e1, ZeroDivisionError("z")])
    inner.add_note("group note")
    raise ExceptionGroup("outer", [inner, OSError("os")])
except ExceptionGroup:
    show()

try:
    try:
        raise ValueError("cause")
    except ValueError as c:
        eg = ExceptionGroup("with cause inside", [TypeError("t")])
        try:
            raise eg.exceptions[0] from c
        except TypeError:
            raise eg
except ExceptionGroup:
    show()

try:
    raise ExceptionGroup("msg", [ExceptionGroup("sub", [ValueError(1)]), ValueError(2)]).subgroup(lambda e: isinstance(e, ValueError) and e.args == (1,))
except ExceptionGroup:
    show()

eg = ExceptionGroup("split me", [ValueError(1), TypeError(2), ExceptionGroup("n", [ValueError(3), KeyError(4)])])
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(eg.derive([ValueError(9)]))
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print("ValueError", e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError", e)
try:
    ExceptionGroup(1, [ValueError()])
except TypeError as e:
    print("TypeError", e)
try:
    ExceptionGroup("x", ValueError())
except TypeError as e:
    print("TypeError", e)
print(type(BaseExceptionGroup("b", [ValueError()])).__name__)
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("handled values")
except* TypeError as t:
    print("outer got", repr(t))
def deep(n):
    if n == 0:
        raise ExceptionGroup("deep", [ValueError("bottom")])
    deep(n - 1)
try:
    deep(5)
except ExceptionGroup:
    show()
