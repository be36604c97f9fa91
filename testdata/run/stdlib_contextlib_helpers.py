# contextlib's small managers: closing, suppress, nullcontext,
# redirect_stdout/redirect_stderr, chdir, AbstractContextManager and
# ContextDecorator.
import contextlib
import io
import os
import sys


class Thing:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("close", self.name)


with contextlib.closing(Thing("t1")) as t:
    print("using", t.name)
try:
    with contextlib.closing(Thing("t2")):
        raise ValueError("v")
except ValueError as e:
    print("ValueError", e)

with contextlib.suppress(KeyError, IndexError):
    {}["missing"]
print("suppressed")
with contextlib.suppress():
    pass
try:
    with contextlib.suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
with contextlib.suppress(LookupError):
    [][1]
print("subclass suppressed")
s = contextlib.suppress(ValueError)
print(s.__enter__(), s.__exit__(None, None, None), s.__exit__(ValueError, ValueError(), None))
with contextlib.suppress(ValueError):
    raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
print("group suppressed")
try:
    with contextlib.suppress(ValueError):
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except ExceptionGroup as e:
    print("rest", repr(e))

with contextlib.nullcontext() as n:
    print("null", n)
with contextlib.nullcontext(42) as n:
    print("null", n)
try:
    with contextlib.nullcontext():
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError", e)

buf = io.StringIO()
with contextlib.redirect_stdout(buf) as target:
    print("hidden")
    print(target is buf)
print("captured", repr(buf.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print("captured err", repr(err.getvalue()))
# Re-entrant: the same object can be nested.
outer = io.StringIO()
r = contextlib.redirect_stdout(outer)
with r:
    print("one")
    with r:
        print("two")
    print("three")
print(sys.stdout is sys.__stdout__, repr(outer.getvalue()))

start = os.getcwd()
os.mkdir("_kiln_test_stdlib_contextlib_helpers")
try:
    with contextlib.chdir("_kiln_test_stdlib_contextlib_helpers") as r:
        print("in dir", os.path.basename(os.getcwd()), r)
    print("back", os.getcwd() == start)
    try:
        with contextlib.chdir("_kiln_test_stdlib_contextlib_helpers"):
            raise ValueError("in chdir")
    except ValueError as e:
        print("ValueError", e, os.getcwd() == start)
finally:
    os.rmdir("_kiln_test_stdlib_contextlib_helpers")


class Mine(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        print("Mine exit", exc[0])


m = Mine()
with m as got:
    print("enter returns self", got is m)


class Duck:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        pass


class NoExit:
    def __enter__(self):
        return self


class Nulled(Duck):
    __exit__ = None


print(issubclass(Duck, contextlib.AbstractContextManager))
print(issubclass(NoExit, contextlib.AbstractContextManager))
print(issubclass(Nulled, contextlib.AbstractContextManager))
print(isinstance(contextlib.nullcontext(), contextlib.AbstractContextManager))
print(contextlib.AbstractContextManager[int])
try:
    contextlib.AbstractContextManager()
except TypeError as e:
    print("TypeError", e)


class Logged(contextlib.ContextDecorator):
    def __enter__(self):
        print("Logged enter")
        return self

    def __exit__(self, *exc):
        print("Logged exit", exc[0].__name__ if exc[0] else None)
        return False


@Logged()
def f(x):
    """f's doc"""
    print("f", x)
    return x * 2


print(f(5), f.__name__, f.__doc__)
try:
    f(None)
except TypeError as e:
    print("TypeError", e)
