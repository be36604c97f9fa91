# A loop dispatching a method call on objects of 2, 4 and 12 classes: each
# receiver class runs its own bridge (up to the megamorphic limit, past
# which the extra classes run interpreted), with attribute reads on
# instances whose dicts differ, results of different types, and
# inherited methods shared by several classes.


class Shape:
    def __init__(self, k):
        self.k = k

    def describe(self):
        return self.k


def make_classes(n):
    classes = []
    for c in range(n):
        ns = {"c": c}
        exec(
            "def area(self):\n"
            "    return self.k * %d + %d\n" % (c + 1, c),
            ns,
        )
        cls = type("S%d" % c, (Shape,), {"area": ns["area"]})
        classes.append(cls)
    return classes


def total_area(objs, rounds):
    s = 0
    for r in range(rounds):
        for o in objs:
            s += o.area() + o.describe()
    return s


for n in (2, 4, 12):
    classes = make_classes(n)
    objs = [classes[i % n](i) for i in range(3 * n)]
    print(n, total_area(objs, 300))


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


class Circle:
    def __init__(self, r):
        self.color = "red"
        self.r = r

    def area(self):
        return 3.0 * self.r * self.r


class Label:
    def __init__(self, text):
        self.text = text

    def area(self):
        return None


class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def area(self):
        return self


def mixed(objs, rounds):
    ints = 0
    floats = 0.0
    nones = 0
    pairs = 0
    for r in range(rounds):
        for o in objs:
            v = o.area()
            if v is None:
                nones += 1
            elif isinstance(v, Pair):
                pairs += v.a - v.b
            elif isinstance(v, float):
                floats += v
            else:
                ints += v
    return ints, floats, nones, pairs


shapes = [Square(3), Circle(2), Label("x"), Pair(7, 2), Square(5), Circle(1)]
print(mixed(shapes, 2000))


class Node:
    def __init__(self, nxt, val):
        self.nxt = nxt
        self.val = val

    def step(self):
        return self.nxt


class Leaf(Node):
    def step(self):
        return self.nxt


class Mid(Node):
    pass


def walk(start, n):
    t = start
    s = 0
    for i in range(n):
        s += t.val
        t = t.step()
    return s


a = Node(None, 1)
b = Leaf(a, 2)
c = Mid(b, 3)
a.nxt = c
print(walk(a, 30000))
