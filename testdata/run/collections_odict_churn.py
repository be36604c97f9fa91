# Dicts and OrderedDicts of a steady size whose deletions leave holes (an
# LRU cache, a FIFO): the table is squeezed in place when it fills
# (dict.go, compactInPlace); order, lookups and mutation errors must stay
# CPython's through many of those.
from collections import OrderedDict

lru = OrderedDict()
hits = 0
x = 7
for i in range(20000):
    x = (x * 1103515245 + 12345) & 0x7fffffff
    k = "k%d" % (x % 300)
    if k in lru:
        lru.move_to_end(k)
        hits += 1
    else:
        lru[k] = i
        if len(lru) > 100:
            lru.popitem(last=False)
print(hits, len(lru), list(lru.items())[:5], list(lru)[-3:])
print(lru.popitem(), lru.popitem(last=False), next(iter(lru)), next(reversed(lru)))

fifo = {}
for i in range(5000):
    fifo[i] = i * i
    if len(fifo) > 40:
        del fifo[next(iter(fifo))]
print(len(fifo), list(fifo)[:4], list(fifo.values())[-2:], 4960 in fifo, 4959 in fifo)

# Int keys that collide in the index, deleted from the middle and re-added.
d = {}
for i in range(3000):
    d[i * 1024] = i
    if i >= 50:
        del d[(i - 50) * 1024]
    if i % 7 == 0 and (i - 3) * 1024 in d:
        d[(i - 3) * 1024] = -i
print(len(d), sorted(d.items())[:3], list(d)[-3:], d.get(2999 * 1024), d.get(0))

# Mutating while iterating still raises, also when a squeeze is due.
for make in (dict, OrderedDict):
    m = make((i, i) for i in range(30))
    for i in range(25):
        del m[i]
    try:
        for k in m:
            m[k + 100] = 0
    except RuntimeError as e:
        print(make.__name__, type(e).__name__, e)
    print(list(m)[:6], len(m))

od = OrderedDict.fromkeys("abcdefghij")
for r in range(200):
    od.move_to_end("abcdefghij"[r % 10], last=bool(r % 3))
    od["z%d" % r] = r
    del od["z%d" % r]
print("".join(od), od == OrderedDict.fromkeys("".join(od)), repr(od)[:60])
