# OrderedDict.move_to_end at both ends, in small and indexed tables, in a
# table with holes and one about to grow, and with a key whose __hash__
# reports its calls (moving to the end hashes once).
from collections import OrderedDict


LOUD = True


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        if LOUD:
            print("  hash", self.n)
        return self.n

    def __eq__(self, other):
        print("  eq", self.n, getattr(other, "n", other))
        return isinstance(other, Key) and other.n == self.n

    def __repr__(self):
        return "K%d" % self.n


for size in (4, 8, 9, 30):
    od = OrderedDict((i, str(i)) for i in range(size))
    od.move_to_end(0)
    od.move_to_end(size // 2)
    od.move_to_end(size - 1, last=False)
    od.move_to_end(1, last=True)
    print(size, list(od)[:6], list(od)[-4:], len(od))
    for i in range(size):
        od.move_to_end(i)
    print(list(od) == list(range(size)), od.popitem(last=False), od.popitem())
    del od[2]
    od[100] = "x"
    od.move_to_end(1)
    print(list(od)[-3:], od[1], 2 in od, len(od))
    try:
        od.move_to_end("missing")
    except KeyError as e:
        print("KeyError", e)

# An LRU at constant size: holes at the front, growth at the back.
lru = OrderedDict()
hits = 0
for i in range(3000):
    k = (i * 7919) % 61
    if k in lru:
        lru.move_to_end(k)
        hits += 1
    else:
        lru[k] = i
        if len(lru) > 40:
            lru.popitem(last=False)
print(hits, len(lru), list(lru)[:5], list(lru)[-5:], next(iter(lru)))

# Keys with Python-level hashes: how often each is hashed.
ks = [Key(n) for n in range(5)]
od = OrderedDict()
for k in ks:
    od[k] = k.n
print("move K1")
od.move_to_end(ks[1])
LOUD = False
print(list(od))
d = dict.fromkeys("xyz")
print(list(d), d == OrderedDict.fromkeys("xyz"))
