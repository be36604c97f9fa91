# collections.deque: both ends, maxlen, rotate, indexing, reprs, errors.
from collections import deque

d = deque([1, 2, 3])
d.append(4); d.appendleft(0); print(d, len(d), d[0], d[-1], 2 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft('xy'); print(d)
d.rotate(2); print(d); d.rotate(-3); print(d); d.rotate(); print(d)
d.reverse(); print(d, list(reversed(d)))
print(d.count(1), d.index(2), d.index('a', 1))
d.insert(1, 'ins'); d.remove('ins'); d[0] = 'first'; del d[1]; print(d)
b = deque(range(10), maxlen=3); print(b, b.maxlen)
b.append(10); b.appendleft(-1); print(b)
b.extend(range(5)); print(b)
print(deque(maxlen=0), deque('abc', 2), deque(), deque([1]).maxlen)
c = deque([1, 2]); c2 = c.copy(); c2.append(3); print(c, c2, c == deque([1, 2]), c < c2, c != c2)
print(c + c2, c * 2, 2 * c, deque([1]) * 0)
c += [7]; c *= 2; print(c)
e = deque([1]); e.append(e); print(e)
c.clear(); print(c, bool(c), bool(deque([0])))
class Q(deque):
    pass
q = Q([1, 2], maxlen=5); print(q, q.copy(), type(q.copy()).__name__)
print(deque.__name__, deque.__module__, deque[int])

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: deque().pop())
show(lambda: deque().popleft())
show(lambda: deque([1])[5])
show(lambda: deque([1])['a'])
show(lambda: deque([1]).remove(2))
show(lambda: deque([1]).index(2))
show(lambda: deque([1], maxlen=1).insert(0, 1))
show(lambda: deque([], -1))
show(lambda: deque([1]) + [1])
def mutate():
    d = deque([1, 2, 3])
    for x in d:
        d.append(x)
show(mutate)
