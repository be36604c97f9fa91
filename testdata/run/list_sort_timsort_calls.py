# list.sort and sorted() ask __lt__ the same questions, in the same order,
# as CPython's timsort: natural runs, binary insertion, galloping merges.
import random


class Logged:
    log = []

    def __init__(self, v, tag=0):
        self.v, self.tag = v, tag

    def __lt__(self, other):
        Logged.log.append((self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return f'{self.v}/{self.tag}'


def calls(values, **kw):
    Logged.log = []
    items = [Logged(v, i) for i, v in enumerate(values)]
    out = sorted(items, **kw)
    return len(Logged.log), hash(tuple(Logged.log)) & 0xffff, out


print(calls([3, 1, 2]))
print(calls([5, 4, 3, 2, 1, 0, 1, 2]))
print(calls([1, 1, 1, 0, 0, 0]))
print(calls([2, 1, 2, 1, 2, 1], reverse=True))
print(Logged.log)
random.seed(5)
for n in (40, 64, 65, 200, 1000, 3000):
    for shape in range(4):
        if shape == 0:
            vals = [random.randrange(n) for _ in range(n)]
        elif shape == 1:
            vals = [random.randrange(4) for _ in range(n)]
        elif shape == 2:
            vals = [i if random.random() < 0.9 else -i for i in range(n)]
        else:
            vals = [i * 7919 % 1000 for i in range(n)]
        count, digest, out = calls(vals)
        stable = all(a.v < b.v or (a.v == b.v and a.tag < b.tag) for a, b in zip(out, out[1:]))
        print(n, shape, count, digest, stable)

# With a key, the keys are compared; the items follow.
Logged.log = []
words = ['pear', 'fig', 'apple', 'kiwi', 'banana', 'date', 'plum', 'lime']
print(sorted(words, key=lambda w: Logged(len(w))), len(Logged.log))
print(Logged.log)

# list.sort on a list that is already sorted, or sorted backwards.
for vals in (list(range(100)), list(range(100, 0, -1))):
    Logged.log = []
    items = [Logged(v) for v in vals]
    items.sort()
    print(len(Logged.log), [x.v for x in items[:5]])
