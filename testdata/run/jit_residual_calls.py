# Loops whose bodies use instructions the JIT keeps as residual calls:
# dict and str subscripts, slices, builtin functions and methods, calls of
# classes, `in` on dicts and sets, building tuples and lists, arithmetic
# on objects. Each loop runs long enough to be compiled and prints what
# it computed.

try:
    import kilnjit  # Kiln: compile these loops whatever their residual calls cost
    kilnjit.set_param(residual_cost=0)
except ImportError:
    pass


def words(n):
    text = "the quick brown fox jumps over the lazy dog"
    parts = text.split()
    counts = {}
    for i in range(n):
        w = parts[i % len(parts)]
        counts[w] = counts.get(w, 0) + 1
    return sorted(counts.items())


def chars(n):
    s = "abcdefghijklmnopqrstuvwxyz"
    out = []
    total = 0
    for i in range(n):
        c = s[i % 26]
        total += ord(c)
        if i % 1000 == 0:
            out.append(c)
    return total, "".join(out)


def slices(n):
    data = list(range(20))
    acc = 0
    for i in range(n):
        part = data[i % 5:i % 5 + 3]
        acc += part[0] + part[-1] + len(part)
        rev = data[::-1]
        acc += rev[0]
    return acc


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


def points(n):
    p = Point(0, 0)
    step = Point(1, 2)
    for i in range(n):
        p = p + step
        q = Point(i, -i)
        p.x += q.y + i
    return p


def membership(n):
    seen = {1, 2, 3}
    table = {"a": 1, "b": 2}
    hits = 0
    for i in range(n):
        if i % 7 in seen:
            hits += 1
        if "ab"[i % 2] in table:
            hits += 10
        if ("c" not in table) and (i not in seen):
            hits += 100
    return hits


def building(n):
    pairs = []
    total = 0
    for i in range(n):
        t = (i, i + 1)
        l = [i, t]
        total += t[1] + len(l)
        if i % 2500 == 0:
            pairs.append(t)
    return total, pairs


def strings(n):
    s = ""
    parts = []
    for i in range(n):
        word = str(i)
        if word.startswith("9"):
            parts.append(word.upper() + "!")
        s = f"{i}:{len(word)}"
    return s, len(parts), parts[:3]


def results_change_kind(n):
    d = {}
    out = []
    for i in range(n):
        v = d.get(i % 100)          # None, then an int
        if v is None:
            d[i % 100] = i
        else:
            d[i % 100] = v + 1
        if i == n - 2:
            d[i % 100] = "text"     # the next get returns a str
        out.append(type(v).__name__)
    return sorted(set(out)), d[(n - 2) % 100]


def while_stack(n):
    stack = list(range(n))
    total = 0
    while stack:
        total += stack.pop()
    return total


print(words(5000))
print(chars(5000))
print(slices(5000))
print(points(5000))
print(membership(5000))
print(building(10000))
print(strings(3000))
print(results_change_kind(3000))
print(while_stack(3000))


def tree(depth, width):
    if depth == 0:
        return (1, [])
    return (depth, [tree(depth - 1, width) for _ in range(width)])


def walk(node):
    total = node[0]
    for child in node[1]:
        total += walk(child)        # recursive: a residual call that runs this loop again
        total += len(child[1]) * 2
    return total


def walk_floats(node, scale):
    acc = 0.0
    for child in node[1]:
        acc += walk_floats(child, scale * 0.5) + scale
        acc = acc * 1.0
    return acc


big = tree(6, 6)
print(walk(big))
print(walk_floats(big, 1.0))
