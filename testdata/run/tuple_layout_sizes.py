# Tuples of every length around the inline limit (16 items), built every
# way the runtime builds them, with hashing, comparison, slicing,
# concatenation, repetition, unpacking and tuple subclasses with attributes.
import gc


def build_all(n):
    base = list(range(n))
    return [
        tuple(base),
        tuple(x for x in base),
        tuple(base[:]),
        (*base,),
        tuple(iter(base)),
        tuple(reversed(base))[::-1],
    ]


for n in (0, 1, 2, 3, 4, 5, 15, 16, 17, 31, 32, 33, 100):
    ts = build_all(n)
    gc.collect()
    first = ts[0]
    assert all(t == first for t in ts), n
    assert len({hash(t) for t in ts}) == 1, n
    print(n, len(first), hash(first) == hash(tuple(range(n))), first[-3:], first[:2])
    print(" slices", first[1:4], first[::5][:4], first[::-1][:3], first[n // 2:n // 2 + 1])
    print(" concat", len(first + first), (first + (n,))[-2:], len(first * 3), (first * 0))
    print(" compare", first < first + (0,), first + (0,) > first, first == list(first), first != tuple(range(n + 1)))
    if n:
        print(" index", first.index(n - 1), first.count(0), (n - 1) in first, -1 in first)

# Hash values match CPython exactly (not cached, recomputed each time).
print(hash((1, 2)), hash((1, None, 2.5)), hash(((1, 2), (3, 4))), hash(()), hash((None,)))
t = (1, 2)
print(hash(t) == hash(t), {t: 1}[(1, 2)], {(1, 2), (1, 2), (2, 1)} == {(2, 1), (1, 2)})

# Unpacking small tuples inside a loop (the JIT's array reads).
total = 0
for a, b in [(i, i * 2) for i in range(50)]:
    total += a * b
for a, b, c, d, e, f, g, h, i, j, k, l, m, n2, o, p, q in [tuple(range(17))] * 3:
    total += q + a
print(total)
pairs = list(zip(range(20), "abcdefghijklmnopqrst"))
gc.collect()
print(pairs[3], pairs[-1], sum(x for x, _ in pairs))
print(list(enumerate("xyz")), dict(pairs[:3]), sorted([(3, "c"), (1, "a"), (2, "b")]))


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]


p = Point(3, 4)
p.label = "p"
gc.collect()
print(p, p.x, p.label, type(p).__name__, p + (5,), p[1:], hash(p) == hash((3, 4)), p == (3, 4))
print(tuple(p), type(tuple(p)).__name__, type(p[:]).__name__, p * 2)


class Big(tuple):
    pass


b = Big(range(40))
b.note = 1
gc.collect()
print(len(b), b[39], b[10:13], b.note, Big(), repr(Big((1,))))


class Dying(tuple):
    def __del__(self):
        print("del", tuple(self))


d = Dying((1, 2))
del d
gc.collect()

# Nested and self-containing structures.
nested = ((1, (2, (3, (4,)))),)
print(nested, nested[0][1][1][1][0])
lst = [1]
tl = (lst, lst)
lst.append(tl)
print(tl)
print(divmod(7, 2), (1, 2) + (), () + (1,), tuple("ab") * 2, (1,) * 17)


class Sub(tuple):
    pass


EMPTY = tuple()
e = Sub()
print((e + ()) is EMPTY, (() + e) is EMPTY, type(e + ()).__name__, type(Sub((1,)) + (2,)).__name__)
print(p[5:] is EMPTY, p[::-1], (1, 2, 3)[::2], (1, 2, 3)[3:] is EMPTY, tuple(range(20))[::3])

# Loops the JIT compiles: iteration, indexing and truth of tuples whose
# items are inline (up to 16) and apart (17 and more), the same loop
# seeing both kinds.
acc = 0
for t in [tuple(range(k)) for k in (3, 16, 17, 40, 2, 0, 5, 33)] * 20:
    for x in t:
        acc += x
    for i in range(len(t)):
        acc += t[i] * 2
    if t:
        acc += t[-1]
print(acc)
subs = [Big(range(k)) for k in (1, 2, 20)] + [Point(i, -i) for i in range(30)]
acc = 0
for s in subs:
    for x in s:
        acc += x
print(acc)
