def f(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)
print(f(1, 2, 3, e=5), f(1, 2, c=3, d=0, e=5, f=7))
def g(*, key):
    return key
print(g(key='k'))
def h(x, /):
    return x
print(h(1))
def kw_named_like_pos(a, /, **kw):
    return a, kw
print(kw_named_like_pos(1, a=2, b=3))
for call in [lambda: f(1, b=2, c=3, e=4), lambda: g('k'), lambda: h(x=1), lambda: f(1, 2, 3, 4, 5),
             lambda: f(1, 2, 3), lambda: g(), lambda: g(key=1, other=2)]:
    try:
        call()
    except TypeError as e:
        print(e)
