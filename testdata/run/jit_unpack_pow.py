# Tuple and list unpacking and x ** 0.5 in compiled loops: the item kinds
# and the length are guarded, and bases where ** is not a square root
# (zero, negative: a complex result, NaN) leave the compiled code.


def pair_sums(pairs):
    s = 0.0
    for a, b in pairs:
        s += a * b
    return s


def triples(rows):
    n = 0
    for x, y, z in rows:
        n += x + y + z
    return n


def norms(xs):
    s = 0.0
    for x in xs:
        s += x ** 0.5
    return s


def roots(xs):
    out = [0.0] * len(xs)
    for i in range(len(xs)):
        out[i] = xs[i] ** 0.5
    return out


print(pair_sums([(float(i), 0.5) for i in range(3000)]))
print(pair_sums([[float(i), 2.0] for i in range(3000)]))
print(pair_sums([(1.0, 2.0)] * 2000 + [(3, 4), (5.0, 6.0)]))
print(triples([(i, i + 1, i + 2) for i in range(3000)]))
print(triples([(1, 2, 3)] * 2000 + [[4, 5, 6], (7, 8, 9)]))
try:
    print(triples([(1, 2, 3)] * 2000 + [(1, 2)]))
except ValueError as e:
    print("ValueError:", e)
try:
    print(triples([(1, 2, 3)] * 2000 + [(1, 2, 3, 4)]))
except ValueError as e:
    print("ValueError:", e)
try:
    print(pair_sums([(1.0, 2.0)] * 2000 + [7]))
except TypeError as e:
    print("TypeError:", e)
print(norms([float(i) + 0.25 for i in range(3000)]))
print(norms([4.0] * 2000 + [0.0, 9.0, float("inf")]))
print(norms([4.0] * 2000 + [-4.0]))
print(norms([4.0] * 2000 + [16]))
print(norms([4.0] * 2000 + [float("nan")]))
print(roots([2.0] * 2000 + [-0.0, 0.0])[-3:])
