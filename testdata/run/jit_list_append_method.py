# lst.append(x) in compiled loops (list_append, jit/record_alloc.go):
# appends that grow the list, items of every kind, lists reached through a
# defaultdict, and everything that must leave compiled code: a list
# subclass, the list replaced by another object with an append, append
# rebound, a wrong number of arguments, the words storage of big lists.
from collections import defaultdict, deque


def grow(n):
    out = []
    for i in range(n):
        out.append(i * 3)
    return len(out), out[:3], out[-3:]


print(grow(5000))


def kinds(n):
    out = []
    for i in range(n):
        if i % 4 == 0:
            out.append(i)
        elif i % 4 == 1:
            out.append(i * 0.5)
        elif i % 4 == 2:
            out.append(None)
        else:
            out.append(str(i % 10))
    return len(out), out[:8], out[-4:]


print(kinds(3000))


def groups(words):
    g = defaultdict(list)
    for w in words:
        g[len(w)].append(w)
    return sorted((k, len(v), v[:2]) for k, v in g.items())


print(groups(["w%d" % (i * 7919 % 997) for i in range(6000)]))


class Loud(list):
    def append(self, x):
        super().append(-x)


def mixed(n):
    targets = [[], Loud(), deque(maxlen=5)]
    for i in range(n):
        t = targets[0] if i < n - 50 else targets[i % 3]
        t.append(i)
    return len(targets[0]), targets[1][:3], list(targets[2])


print(mixed(2000))


def rebound(n):
    out = []
    for i in range(n):
        if i == n - 10:
            out = deque()
        out.append(i)
    return type(out).__name__, list(out)[:3], len(out)


print(rebound(3000))


def alias(n):
    out = []
    ap = list.append
    for i in range(n):
        ap(out, i + 1)
    return len(out), out[-1]


print(alias(2000))


def itself(n):
    out = []
    for i in range(n):
        out.append(out if i == n - 1 else i)
    return len(out), out[-1] is out, out[:2]


print(itself(1500))


def big_objects(n):
    out = []
    for i in range(n):
        out.append((i,) if i % 2 else None)
    for i in range(n):
        out.append(i)
    return len(out), out[2000:2003], out[-2:]


print(big_objects(2500))


def bad_call(n):
    out = []
    for i in range(n):
        if i == n - 1:
            out.append(i, i)
        out.append(i)
    return len(out)


try:
    bad_call(2000)
except TypeError as e:
    print("TypeError:", e)


def no_list(n):
    out = []
    for i in range(n):
        if i == n - 5:
            out = None
        out.append(i)


try:
    no_list(2000)
except AttributeError as e:
    print("AttributeError:", e)
