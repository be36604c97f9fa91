t = tuple(range(10))
print(t[2:8:2], t[::-3], t[-2:], max(t), min(t), sum(t), 5 in t, t.count(3))
print(tuple(reversed(t))[:3], sorted(t, reverse=True)[:3], t + (10,), t * 0)
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, -1), ('a', 1) < ('a', 2), ((1, 2), 3) < ((1, 3), 0))
try:
    (1, 'a') < (1, 2)
except TypeError as e:
    print(e)
a = (1, [2, 3])
b = a
a += (4,)
print(a, b, a is b)
print(tuple(x for x in 'abc'), tuple({'k': 1}), tuple({1: 2}.items()))
single = 'x',
print(single, type(single).__name__, len(((),)), ((),))
empty = ()
print(empty == tuple(), bool(empty), repr(empty))
print(divmod(7, 2).__class__.__name__, [t for t in zip((1, 2), (3, 4))])
