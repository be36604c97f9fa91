def f(): pass

def g(a, b, c=1, *args, d, e=2, **kwargs) -> int:
    return a + b

def pos(a, b, /, c, *, d):
    pass

def pos_default(a=1, /, b=2, *, c):
    pass

def only_kw(*, a, b=1):
    pass

def annotated(a: int, b: "str" = "x", *args: tuple, c: float = 1.0, **kw: dict) -> None:
    ...

def star_annotation(*args: *Ts): pass

@decorator
def decorated():
    pass

@decorator.attr
@decorator(arg)
@(lambda f: f)
@x[0].y
def multi():
    return

def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield from other()
    return (yield)

def outer():
    x = 1
    def inner():
        nonlocal x
        global y
        x = 2
    return inner

def trailing(a, b,): pass
def lone_slash(a, /): pass
def kwonly_defaults(*, a=1, b, c=3): pass
def typed[T](x: T) -> T: return x
