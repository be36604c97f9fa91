# The fast paths of the collections/heapq performance round must give
# CPython's results: OrderedDict used as a FIFO (popitem(last=False) with
# holes at the front), dicts that churn (insert and delete at a constant
# size), divmod, "%d" formatting of small ints, and generators of every
# register count.
from collections import OrderedDict

# OrderedDict as a FIFO and an LRU, large enough to have a hash index.
od = OrderedDict()
for i in range(2000):
    od[i] = i * i
    if len(od) > 300:
        k, v = od.popitem(last=False)
        assert v == k * k
print(len(od), next(iter(od)), list(od)[-1])
# Interleave pops from both ends, deletions, re-insertions and moves.
log = []
for i in range(400):
    if i % 7 == 0:
        log.append(od.popitem())
    elif i % 5 == 0:
        od.move_to_end(next(iter(od)), last=True)
    elif i % 11 == 0:
        od.move_to_end(list(od)[-1], last=False)
    elif i % 13 == 0:
        del od[next(iter(od))]
    else:
        log.append(od.popitem(last=False))
    od[("k", i)] = i
print(len(od), log[:5], log[-5:], list(od)[:3], list(od)[-3:])
# Empty it from the front, then from the back; refill and repeat.
while od:
    od.popitem(last=False)
try:
    od.popitem(last=False)
except KeyError as e:
    print("KeyError", e)
for i in range(50):
    od[i] = str(i)
print(od.popitem(last=False), od.popitem(), len(od))
while od:
    od.popitem()
od["a"] = 1
od["b"] = 2
print(od.popitem(last=False), od)
# Delete the only live entry after the front holes, then append.
od = OrderedDict((i, i) for i in range(100))
for _ in range(99):
    od.popitem(last=False)
od.popitem()
od["x"] = 1
od["y"] = 2
print(od.popitem(last=False), list(od))

# A plain dict that churns at a constant size keeps its order and items.
d = {}
for i in range(5000):
    d[i] = i
    if len(d) > 700:
        del d[i - 700]
print(len(d), min(d), max(d), list(d)[:3], sum(d.values()))

# divmod of small ints, signs and zero.
print([divmod(a, b) for a in (7, -7, 0, 123456789) for b in (3, -3, 1)])
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

# %d, %i and %u of small ints, with and without flags; bools and big ints.
print("w%d" % 5, "%i|%u" % (-12, 34), "%d%d" % (0, -0), "[%5d|%-5d|%05d|%+d|% d]" % (1, 2, 3, 4, 5))
print("%d %d %d" % (True, 2**70, -2**63), "%d" % 3.9, "%.3d" % 7, "%x %o" % (255, 8))
print(b"%d-%i" % (42, -1))

# Generators with few and many registers.
def g0():
    yield 1

def g_many(a, b, c, d, e):
    f, g, h, i, j = a + 1, b + 2, c + 3, d + 4, e + 5
    k, l, m, n, o = f * 2, g * 2, h * 2, i * 2, j * 2
    for x in (a, b, c, d, e, f, g, h, i, j, k, l, m, n, o):
        yield x
    p, q, r, s, t = k + l, m + n, o + a, b + c, d + e
    u, v, w, y, z = p * q, r * s, t * u if False else t, p - q, r - s
    yield (p, q, r, s, t, u, v, w, y, z)

print(list(g0()), list(g_many(1, 2, 3, 4, 5)))
gen = g_many(1, 2, 3, 4, 5)
print(next(gen), gen.__name__, gen.__qualname__)
gen.close()
print(list(gen))

# str.split() with no separator: ASCII fast path and its fallbacks.
for s in ["", "   ", "a", " a ", "a b", "\t a\n\x0bb\x0c\rc \x1c\x1d\x1e\x1f d  ",
          "one  two   three", "x" * 40 + " y", " ".join(str(i) for i in range(40)),
          "caf\u00e9 au\u00a0lait\u3000ok", "\u2003lead and trail\u2003"]:
    print(repr(s.split()), s.split() == s.split(None), s.split(maxsplit=1))
words = " ".join(["w%d" % i for i in range(100)]).split()
print(len(words), words[0], words[16], words[-1], words[50] is not words[51], hash(words[3]) == hash("w3"))
keep = [(" %d " % i).split()[0] for i in range(40)]
print(keep[::7])

# Tuple ordering as heapq, sorted, min and max see it: small ints first,
# then anything else.
import heapq
h = []
for t in [(3, 1), (1, 2), (1, 1), (2,), (1, 1, 0), (), (-5, 9), (2**70, 0), (2, 0.5), (True, 7)]:
    try:
        heapq.heappush(h, t)
    except TypeError as e:
        print("TypeError", e)
print([heapq.heappop(h) for _ in range(len(h))])
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([(1, 2.5, 1), (1, 2.5), (1, 2)]), min((2, 1), (2, 0), (3, -1)), max((1, 2), (1, 2, 0)))
try:
    sorted([(1, None), (1, "x")])
except TypeError as e:
    print("TypeError", e)
print(sorted([(2, None), (1, "x")]), (1, 2) < (1, 2), (1, 2) < (1, 2, 3), (-1,) < (0,))
