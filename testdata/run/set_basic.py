s = {3, 1, 2}
print(s, len(s), 1 in s, 5 not in s)
s.add(4); s.add(1); print(s)
s.discard(10); s.remove(3); print(s)
print(s.pop(), s)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9]), a.intersection(range(3)), a.difference({1}), a.symmetric_difference([1, 10]))
print({1, 2} <= a, {1, 2} < {1, 2}, a >= {1}, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7}))
c = set(a)
c |= {7}; c &= {1, 2, 7, 8}; c -= {2}; c ^= {100}
print(c)
c.update([20, 21], (22,)); c.intersection_update(range(21)); print(c)
print(set(), set('aab') == {'a', 'b'}, sorted(set('hello')), {x % 3 for x in range(10)})
for bad in [lambda: set().pop(), lambda: {1}.remove(2), lambda: {[1]}, lambda: {1} + {2}]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(set([1, 2]) == frozenset([1, 2]), {1} == {1.0})
print(set(range(5)).copy(), {0, 64, 128, 1})
