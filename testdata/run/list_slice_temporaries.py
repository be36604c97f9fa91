# Slicing and slice assignment of lists, the shapes whose right-hand list
# the interpreter reuses (`a[i:j] = b[m:n]`) and the ones it must not.


def flips(perm):
    # fannkuch's flip loop: the reversed prefix is a temporary.
    n = 0
    k = perm[0]
    while k:
        perm[:k + 1] = perm[k::-1]
        n += 1
        k = perm[0]
    return n


print(flips([3, 0, 2, 1, 4]), flips([4, 3, 2, 1, 0]), flips([0, 1]))

a = list(range(10))
for i in range(10):
    a[:i] = a[i - 1::-1] if i else a[:0]
print(a)

# Steps, negative bounds, clamping, empty slices.
b = list(range(8))
print(b[::2], b[1::3], b[::-1], b[-3:], b[:-3], b[-100:100], b[5:2], b[5:2:-1])
print(b[7:-100:-2], b[-1:-9:-3], b[3:3], b[100:], b[:-100])
for step in (1, 2, 3, -1, -2, -3, 7, -7, 100, -100):
    print(step, b[::step], b[2:6:step], b[6:2:step])

# Same-length assignment from a temporary of another list, repeatedly:
# each result must be a list of its own.
src = list("abcdefgh")
dst = [0] * 8
kept = []
for i in range(1, 8):
    dst[:i] = src[i - 1::-1]
    kept.append(src[:i])
print(dst, kept)
print(len({id(x) for x in kept}) == len(kept))

# The value is kept elsewhere (chained assignment): it must not be reused.
c = list(range(5))
d = c[:3] = c[2::-1]
print(c, d)
e = c[1:4]
print(e, c[1:4] is e)

# Self-assignment and aliasing.
a = [1, 2, 3, 4]
a[:] = a
print(a)
a[1:3] = a
print(a)
a[::2] = a[1::2]
print(a)
a[::-1] = a[:]
print(a)
a[:2] = a[-2:]
print(a)

# Assignments of a different length, extended slices of the wrong length.
a = list(range(6))
a[1:3] = a[3::-1]
print(a)
a[4:] = a[:0]
print(a)
for bad in (lambda: a.__setitem__(slice(None, None, 2), a[:1]),
            lambda: a.__setitem__(slice(None, None, -1), a[:2])):
    try:
        bad()
    except ValueError as exc:
        print("ValueError", exc)
try:
    a[::2] = a[:1]
except ValueError as exc:
    print("ValueError", exc)
try:
    a[::0] = a[:0]
except ValueError as exc:
    print("ValueError", exc)
try:
    print(a[::0])
except ValueError as exc:
    print("ValueError", exc)
print(a)

# Huge and non-int bounds take the general path.
big = 10 ** 30
print(a[-big:big], a[big:-big:-1], a[True:], a[:False])
try:
    a[1.5:]
except TypeError as exc:
    print("TypeError", exc)


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        print("index", self.n)
        return self.n


print(a[Index(1):Index(3)])
a[Index(0):Index(2)] = a[Index(2)::-1]
print(a)


# A target whose __setitem__ keeps the value it is given.
class Keeper:
    def __setitem__(self, key, value):
        self.kept = value


k = Keeper()
src = [1, 2, 3]
k[:] = src[::-1]
m = [0, 0, 0]
m[:] = src[:]
print(k.kept, m, k.kept is m)
k.kept.append(9)
m[:3] = src[1:] + [7]
print(k.kept, m, src)


# An exception between the slicing and the assignment.
class Boom:
    def __add__(self, other):
        raise RuntimeError("boom")


t = [5, 6, 7]
try:
    t[:Boom() + 1] = t[::-1]
except RuntimeError as exc:
    print("RuntimeError", exc, t)
t[:2] = t[1::-1]
print(t)


# A list subclass: the general path, with its own __getitem__.
class L(list):
    def __getitem__(self, key):
        print("getitem", key)
        return list.__getitem__(self, key)


s = L([1, 2, 3, 4])
s[:2] = s[1::-1]
print(s, type(s[:1]).__name__)
