# contextlib.contextmanager: normal use, exceptions thrown in, suppression,
# the RuntimeError messages and use as a decorator.
import contextlib


@contextlib.contextmanager
def tag(name):
    """Print around a block."""
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)


with tag("a") as v:
    print("body", v)
print(tag.__name__, tag.__doc__)
cm = tag("x")
print(type(cm).__name__, cm.__doc__)
print([c.__name__ for c in type(cm).__mro__])

# An exception in the block is raised at the yield; try/finally lets it go.
try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)


@contextlib.contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print("swallowed", type(e).__name__, e)


with swallow(KeyError):
    raise KeyError("k")
print("after swallow")
try:
    with swallow(KeyError):
        raise IndexError("i")
except IndexError as e:
    print("passed through", e)


@contextlib.contextmanager
def noyield():
    if False:
        yield


try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError", e, e.__cause__, e.__suppress_context__)


@contextlib.contextmanager
def twice():
    yield 1
    yield 2


try:
    with twice() as x:
        print("x", x)
except RuntimeError as e:
    print("RuntimeError", e)


@contextlib.contextmanager
def keeps_going():
    try:
        yield
    except Exception:
        pass
    yield


try:
    with keeps_going():
        raise ValueError("v")
except RuntimeError as e:
    print("RuntimeError", e, type(e.__context__).__name__)


@contextlib.contextmanager
def replace():
    try:
        yield
    except ValueError as e:
        raise TypeError("replaced") from e


try:
    with replace():
        raise ValueError("orig")
except TypeError as e:
    print("TypeError", e, repr(e.__cause__))


@contextlib.contextmanager
def plain():
    yield


# StopIteration raised in the block is not mistaken for the generator ending.
try:
    with plain():
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration", e)

try:
    with swallow(RuntimeError):
        raise StopIteration("stop2")
except StopIteration as e:
    print("StopIteration", e)

# RuntimeError raised in the block is itself, not a wrapper.
try:
    with plain():
        raise RuntimeError("rt")
except RuntimeError as e:
    print("RuntimeError", e, e.__cause__)

# GeneratorExit and other BaseExceptions.
try:
    with plain():
        raise KeyboardInterrupt("kb")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", e)

# A bare exception type passed to __exit__ is instantiated.
m = swallow(ZeroDivisionError)
m.__enter__()
print(m.__exit__(ZeroDivisionError, None, None))
m = plain()
m.__enter__()
print(m.__exit__(None, None, None))

# A manager is entered once; a second __enter__ fails.
m = plain()
with m:
    pass
try:
    m.__enter__()
except AttributeError as e:
    print("AttributeError", e)


# As a decorator, each call enters a fresh manager.
@tag("deco")
def work(a, b=2):
    print("work", a, b)
    return a + b


print(work(1), work(3, b=4))
print(work.__name__)


@swallow(ZeroDivisionError)
def div(a, b):
    return a / b


print(div(1, 2), div(1, 0))


# Generator return value and the value of yield.
@contextlib.contextmanager
def sends():
    got = yield "y"
    print("got", got)


with sends() as s:
    print(s)
