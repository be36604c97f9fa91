# Tuple ordering where the items are ints and strs (compared directly)
# and where they are not: bools, floats, str subclasses with their own
# __lt__, nested tuples, int against str, and heaps of tuples whose first
# items are equal.
import heapq


class Rev(str):
    def __lt__(self, other):
        return str.__gt__(self, other)


pairs = [
    ((1, "b"), (1, "a")),
    ((1, "a"), (1, "a")),
    ((1, "a"), (1, "a", 0)),
    (("é", 1), ("z", 1)),
    (("\U0001F600",), ("\uffff",)),
    (("", 2), ("", 1)),
    ((True, "a"), (1, "b")),
    ((1.5, "a"), (1, "z")),
    ((2, Rev("a")), (2, Rev("b"))),
    ((1, (2, "x")), (1, (2, "w"))),
    ((-(1 << 70), "a"), (0, "a")),
    ((), (0,)),
]
for a, b in pairs:
    print(a, "<", b, a < b, "| >", a > b, "| <=", a <= b)

for a, b in [((1, "a"), ("a", 1)), ((1, 2), (1, "2")), (("x", None), ("x", 1))]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)

print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a"), (2, "a", 0)]))
print(sorted([(1, Rev("a")), (1, Rev("c")), (1, Rev("b"))]))
print(min([(3, "x"), (3, "w"), (4, "a")]), max([(3, "x"), (3, "w"), (4, "a")]))

h = []
for i, w in enumerate(["pear", "apple", "fig", "apple", "kiwi", "date"]):
    heapq.heappush(h, (len(w) % 2, w, i))
print([heapq.heappop(h) for _ in range(len(h))])

h = [(5, "e"), (5, "a"), (5, "c"), (1, "z"), (5, "b")]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(len(h))])
print(heapq.nsmallest(3, [(2, "b"), (2, "a"), (1, "c"), (2, "a")]))
print(heapq.nlargest(2, ["aa", "b", "cc", "d"], key=len))

try:
    heapq.heappush(h, (1, "a"))
    heapq.heappush(h, ("1", "a"))
except TypeError as e:
    print("TypeError:", e)
