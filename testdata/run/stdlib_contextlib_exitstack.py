# contextlib.ExitStack: enter_context, push, callback, pop_all, close,
# LIFO unwinding, suppression and exception chaining.
import contextlib


class CM:
    def __init__(self, name, suppress=False, fail=None):
        self.name = name
        self.suppress = suppress
        self.fail = fail

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        if self.fail:
            raise self.fail
        return self.suppress


with contextlib.ExitStack() as stack:
    print([stack.enter_context(CM(n)) for n in "abc"])
    stack.callback(print, "callback", 1, sep="-")
print()

# callback returns its argument and works as a decorator.
with contextlib.ExitStack() as stack:
    @stack.callback
    def cleanup():
        print("decorated cleanup")
    print(cleanup.__name__)

    def exit_fn(typ, val, tb):
        print("exit_fn", typ)
    print(stack.push(exit_fn) is exit_fn)
    c = CM("pushed")
    print(stack.push(c) is c)
print()

# Suppression: a callback returning true clears the exception for the rest.
with contextlib.ExitStack() as stack:
    stack.enter_context(CM("outer"))
    stack.enter_context(CM("suppressor", suppress=True))
    stack.enter_context(CM("inner"))
    raise ValueError("v1")
print("suppressed")
print()

# Chaining: each new exception's context is the one it replaced.
try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(CM("a", fail=KeyError("from a")))
        stack.enter_context(CM("b", fail=IndexError("from b")))
        raise ValueError("body")
except Exception as e:
    chain = []
    while e is not None:
        chain.append("%s(%s)" % (type(e).__name__, e))
        e = e.__context__
    print(" <- ".join(chain))
print()

# An exception from a callback after suppression; no body exception.
try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(CM("a", fail=KeyError("only")))
        stack.enter_context(CM("b"))
except KeyError as e:
    print("KeyError", e, e.__context__)
print()

# Raised while already handling an exception outside the with.
try:
    try:
        raise NameError("outside")
    except NameError:
        with contextlib.ExitStack() as stack:
            stack.enter_context(CM("a", fail=KeyError("k")))
            raise ValueError("inside")
except KeyError as e:
    print("KeyError", e, repr(e.__context__), repr(e.__context__.__context__))
print()

# pop_all moves the callbacks to a new stack; close unwinds it.
with contextlib.ExitStack() as stack:
    stack.enter_context(CM("kept"))
    stack.callback(print, "kept callback")
    moved = stack.pop_all()
print("with done")
print(type(moved).__name__)
moved.close()
moved.close()
print()


class MyStack(contextlib.ExitStack):
    pass


s = MyStack()
s.callback(print, "sub")
print(type(s.pop_all()).__name__)

# enter_context with objects that are not context managers.
class OnlyEnter:
    def __enter__(self):
        pass


for bad in (1, OnlyEnter(), "s"):
    try:
        contextlib.ExitStack().enter_context(bad)
    except TypeError as e:
        print("TypeError", e)

# push of a non-callable is accepted; the error comes at unwind time.
stack = contextlib.ExitStack()
stack.push(5)
try:
    stack.close()
except TypeError as e:
    print("TypeError", e)

# callback arguments named like the method's own parameters.
with contextlib.ExitStack() as stack:
    stack.callback(lambda **kw: print(sorted(kw)), callback=1, self=2)

# The return value of __exit__.
stack = contextlib.ExitStack()
stack.enter_context(CM("s", suppress=True))
print(stack.__exit__(ValueError, ValueError("x"), None))
stack = contextlib.ExitStack()
stack.enter_context(CM("n"))
print(stack.__exit__(None, None, None))
print(isinstance(stack, contextlib.AbstractContextManager))
print([c.__name__ for c in contextlib.ExitStack.__mro__])
