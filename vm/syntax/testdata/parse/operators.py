a + b - c * d / e // f % g @ h ** i
-a + +b - ~c
not a
a and b and c or d or e
a or b and c
not a == b
a < b <= c > d >= e == f != g
a is b, a is not b, a in b, a not in b
a | b ^ c & d << e >> f
2 ** -1
-2 ** 2
(a + b) * c
a if b else c
a if b else c if d else e
(x := 5 if False else 0)
(y := 10)
[z := 1, z + 1]
await_ = 1
lambda: 0
lambda x: x
lambda x, y=1, *args, z, w=2, **kw: x
lambda *, k: k
lambda a, /, b: a
(lambda: (yield))
a.b.c.d
a[1][2][3]
a(1)(2)(3)
a.b(c)[d].e
