# Objects created in compiled loops (jit/record_alloc.go): a class call
# is an allocation plus its inlined __init__, kept in a list (a
# comprehension's LISTAPPEND), created and dropped, and their types
# changing in the middle of a loop.
import math


class Point:
    def __init__(self, i):
        self.x = x = math.sin(i)
        self.y = math.cos(i) * 3
        self.z = (x * x) / 2

    def norm(self):
        return math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)


class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b
        self.tag = None
        self.done = False


class Node:
    def __init__(self, value, next):
        self.value = value
        self.next = next


def kept(n):
    points = [Point(i) for i in range(n)]
    s = 0.0
    for p in points:
        s += p.norm()
    return len(points), round(s, 6), sorted(vars(points[7]).items()), round(points[-1].y, 9)


def dropped(n):
    t = 0
    for i in range(n):
        p = Pair(i, i * 2)
        t += p.a + p.b
    return t


def linked(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    k = 0
    t = 0
    while head is not None:
        t += head.value
        k += 1
        head = head.next
    return k, t


def kinds(n):
    out = []
    for i in range(n):
        v = i if i < n // 2 else i * 0.5
        if i == n - 3:
            v = "s%d" % i
        out.append(Pair(v, i))
    return [type(p.a).__name__ for p in out[n // 2 - 2:n // 2 + 2]], out[-3].a, out[-1].a


def many_appends(n):
    big = [Pair(i, -i) for i in range(n)]
    return len(big), big[0].a, big[-1].b, big[n // 2].tag, big[n // 3].done


def comprehension_of_values(n):
    ints = [i * 3 for i in range(n)]
    floats = [i / 4 for i in range(n)]
    bools = [i % 3 == 0 for i in range(n)]
    nones = [None for i in range(n)]
    return sum(ints), sum(floats), bools.count(True), nones.count(None)


print(kept(3000))
print(dropped(5000))
print(linked(4000))
print(kinds(3000))
print(many_appends(5000))
print(comprehension_of_values(5000))
