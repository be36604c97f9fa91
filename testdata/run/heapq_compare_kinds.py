# heapq's sifts compare small ints, floats, strs and tuples of them
# without Python code, and everything else through the protocol: the
# heaps must come out in CPython's order either way, and a comparison
# that changes the list must still be caught.
import heapq


def drain(h):
    return [heapq.heappop(h) for _ in range(len(h))]


# Dijkstra's entries: (distance, node), many equal distances.
h = []
for i in range(40):
    heapq.heappush(h, ((i * 7) % 5, (i * 13) % 11))
print(h[:8])
print(drain(h)[:12])

# Ints across the range, floats with -0.0, inf and a NaN, strs.
ints = [(i * 7919) % 1000 - 500 for i in range(60)] + [2**62, -2**62]
heapq.heapify(ints)
print(drain(ints)[:10])
floats = [3.5, -0.0, 0.0, float("inf"), -1e300, 2.25, float("-inf"), 1.0]
heapq.heapify(floats)
print(drain(floats))
nan = [5.0, float("nan"), 1.0, 3.0, 2.0]
heapq.heapify(nan)
print(nan, drain(nan))
words = ["pear", "apple", "é", "zebra", "Apple", "", "app"]
heapq.heapify(words)
print(drain(words))

# Tuples that tie on their first item, of different lengths, nested.
tups = [(1, "b"), (1, "a"), (0, "z"), (1,), (1, "a", 0), (), ((1, 2), 0)[0:1][0:0]]
heapq.heapify(tups)
print(drain(tups))
nested = [((2, 1), 0), ((1, 3), 1), ((1, 2), 2), ((1, 2), 1)]
heapq.heapify(nested)
print(drain(nested))

# Big ints, bools and int subclasses go through the protocol.
class Rank(int):
    def __lt__(self, other):
        return int(other) < int(self)  # reversed

mixed = [2**70, 3, True, False, 2**65, -(2**70)]
heapq.heapify(mixed)
print(drain(mixed))
ranks = [Rank(i) for i in (3, 1, 4, 1, 5, 9, 2, 6)]
heapq.heapify(ranks)
print([int(r) for r in drain(ranks)])
pairs = [(1, Rank(2)), (1, Rank(5)), (0, Rank(1)), (1, Rank(3))]
heapq.heapify(pairs)
print([(a, int(b)) for a, b in drain(pairs)])

# Max-heaps.
mx = [5, 1, 8, 3, 9, 2]
heapq._heapify_max(mx)
print([heapq._heappop_max(mx) for _ in range(6)])
mx = [(1, "a"), (3, "c"), (2, "b"), (3, "a")]
heapq._heapify_max(mx)
print([heapq._heappop_max(mx) for _ in range(4)])

# A str against an int fails as CPython's does.
bad = [(1, "a"), (1, 2)]
try:
    heapq.heapify(bad)
except TypeError as e:
    print("TypeError:", e)
try:
    heapq.heappush([1, 2, 3], "x")
except TypeError as e:
    print("TypeError:", e)


# A comparison that changes the list's size.
class Grow:
    def __init__(self, v, target):
        self.v, self.target = v, target

    def __lt__(self, other):
        self.target.append(Grow(0, self.target))
        return self.v < other.v


lst = []
lst.extend(Grow(v, lst) for v in (5, 4, 3))
for op in ("heapify", "heappop", "heappush"):
    try:
        if op == "heapify":
            heapq.heapify(lst)
        elif op == "heappop":
            heapq.heappop(lst)
        else:
            heapq.heappush(lst, Grow(1, lst))
        print(op, "ok", len(lst))
    except RuntimeError as e:
        print(op, "RuntimeError:", e)
