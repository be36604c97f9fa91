# list.sort() without a key on long lists of objects (a list grown past
# 1024 items by append keeps its items as pointer words: list_words.go),
# which Kiln sorts in place: the same comparisons, stability, reverse,
# errors and "modified during sort" as on any list.


class Rec:
    calls = 0

    def __init__(self, k, i):
        self.k, self.i = k, i

    def __lt__(self, other):
        Rec.calls += 1
        return self.k < other.k

    def __repr__(self):
        return f'Rec({self.k}, {self.i})'


def build(n, mod):
    out = []
    for i in range(n):
        out.append(Rec((i * 7919) % mod, i))
    return out


recs = build(3000, 97)
recs.sort()
print(Rec.calls, recs[:3], recs[-3:])
print(all(not (b < a) for a, b in zip(recs, recs[1:])))
# Stability: equal keys keep their first order.
print(all(a.i < b.i for a, b in zip(recs, recs[1:]) if a.k == b.k))

Rec.calls = 0
recs = build(3000, 97)
recs.sort(reverse=True)
print(Rec.calls, recs[:3], recs[-3:])
print(all(a.i < b.i for a, b in zip(recs, recs[1:]) if a.k == b.k))

# strs, and sorted() of a words list.
words = []
for i in range(2000):
    words.append(f'w{(i * 31) % 2000:04d}é' if i % 3 else f'w{i}')
words.sort()
print(words[:4], words[-2:], len(words))
print(sorted(build(1500, 10))[:4])
words.sort(reverse=True)
print(words[:3])

# A comparison that raises: the error propagates, the list is still a
# permutation of its items, and it goes on working.
class Bad(Rec):
    def __lt__(self, other):
        Rec.calls += 1
        if Rec.calls == 5000:
            raise RuntimeError(f'no order for {self.k} and {other.k}')
        return self.k < other.k


Rec.calls = 0
bad = []
for i in range(2000):
    bad.append(Bad(i % 100, i))
try:
    bad.sort()
except RuntimeError as e:
    print('RuntimeError:', e)
print(Rec.calls, len(bad), sorted(x.i for x in bad) == list(range(2000)))
print(bad[:3] != sorted(bad[:3], key=lambda x: x.k) or bad[3:6])
bad.append(Bad(-1, -1))
print(len(bad), bad[-1])

mixed = []
for i in range(1500):
    mixed.append(None if i == 700 else Rec(i, i))
try:
    mixed.sort()
except TypeError as e:
    print('TypeError:', e)
print(len(mixed), mixed.count(None))

# The list is empty while it sorts, and a change raises afterwards.
class Peek(Rec):
    seen = None

    def __lt__(self, other):
        if Peek.seen is None:
            Peek.seen = len(target)
            target.append(Rec(0, 0))
        return self.k < other.k


target = []
for i in range(1200):
    target.append(Peek(-i, i))
try:
    target.sort()
except ValueError as e:
    print('ValueError:', e)
print(Peek.seen, len(target), target[0], target[-1])

# None, False and 0 are words too.
flags = []
for i in range(1100):
    flags.append(False if i % 2 else 0)
flags.sort()
print(flags[:2], flags[-2:], flags.count(0))
