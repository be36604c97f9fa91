# Keyword calls of methods and classes (the interpreter prepends self to
# the arguments): few and many arguments, *args and **kwargs collected,
# errors naming the function.


class C:
    def __init__(self, a, b=2, *rest, c=3, **kw):
        self.args = (a, b, rest, c, kw)

    def m(self, a, b=0, *rest, k=None, **kw):
        return (a, b, rest, k, kw)

    def many(self, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10=10, *, k):
        return [a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, k]


print(C(1).args, C(1, b=5).args, C(1, 2, 3, 4, c=0, d=9).args)
print(C(**{'a': 1, 'z': 2}).args)
o = C(0)
print(o.m(1, k=2), o.m(a=1), o.m(1, 2, 3, 4, k=5, x=6))
print(o.many(1, 2, 3, 4, 5, 6, 7, 8, 9, k=11))
print(o.many(1, 2, 3, 4, 5, 6, 7, a8=8, a9=9, a10=0, k=11))
print(o.many(*range(10), k='k'))
print(C.many(o, 1, 2, 3, 4, 5, 6, 7, 8, 9, k=0))
args = {f'a{i}': i for i in range(1, 10)}
print(o.many(**args, k=1))
for bad in (lambda: o.m(1, a=2), lambda: o.m(k=1), lambda: o.many(1, k=2),
            lambda: C(1, a=1), lambda: o.many(*range(11), k=1),
            lambda: o.m(1, **{'k': 1}, **{'k': 2})):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)


def keep(*args, **kw):
    return args, kw


class D:
    def __init__(self, *args, **kw):
        self.saved = (args, kw)

    def __call__(self, *args, **kw):
        return args, kw


d = D(1, 2, x=3)
saved = d.saved
D(4, 5, y=6)
print(saved, d(7, z=8), keep(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, a=1))
