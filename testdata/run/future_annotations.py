from __future__ import annotations

x: List[ int ]
y: 'str' = "hi"
z: undefined_name.attr[1:2, ::3]
def f(a: int | None, *args: *Ts, b: dict[str, list[int]] = {}, **kw: Callable[[int], str]) -> 'str':
    pass
class C:
    p: (a + b) * c
    q: -x ** -y
    r: lambda a, b=1, *c, d, e=2, **f: (a, b)
    s: not a and (b or c)
    t: x if y else z
    u: f(a, *b, c=1, **d)
    v: g(x for x in y if x)
    w: [1, 2.5, 3j, b'x', 'it\'s', None, True, ..., 1e999, u'u']
    w2: {1: 2, **d} | {*s} | {1, 2}
    w3: a < b <= c is not d not in e
    w4: (1).real + 1 .imag
    w5: x[()] + x[a,] + x[a:b] + x[::] 
    w6: f"a{b!r:>{w}}c{{d}}" 
    w8: (a, b) + ((c, d),)
    w9: [x for x in y] + {k: v for k, v in z} + {q for q in r}
    w10: ~a ** b - (c - d) - e
    w11: 2 ** 3 ** 4 + (2 ** 3) ** 4
print(__annotations__)
print(f.__annotations__)
print(C.__annotations__)
