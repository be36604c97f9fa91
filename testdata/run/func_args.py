def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=8))
print(f(*[1, 2, 3], **{'c': 0, 'z': 1}))
def pos_only(a, b, /, c, *, d):
    return a + b + c + d
print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))
def kw_collect(a, /, **kw):
    return a, kw
print(kw_collect(1, a=2))
for call in [lambda: pos_only(a=1, b=2, c=3, d=4), lambda: pos_only(1, 2, 3, 4),
             lambda: f(), lambda: f(1), lambda: f(1, c=1, a=2), lambda: pos_only(1, 2, 3, d=4, e=5),
             lambda: (lambda: 0)(1), lambda: (lambda x, y: 0)(1), lambda: (lambda x: 0)(1, 2, 3),
             lambda: (lambda *, k: 0)(), lambda: f(1, 2, c=3, **{'c': 4})]:
    try:
        call()
    except TypeError as e:
        print(e)
def defaults(x=[]):
    x.append(1)
    return x
print(defaults(), defaults(), defaults([]))
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
print(pos_only.__code__.co_posonlyargcount, f.__code__.co_varnames[:4])
