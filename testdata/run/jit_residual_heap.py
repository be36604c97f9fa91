# A residual call may run any Python code (__hash__, __eq__, __init__,
# properties): what a compiled loop knew about the heap before it (an
# attribute's value, a list's length, a global, a class attribute, a
# dict's contents) must be read or checked again after it.

try:
    import kilnjit  # Kiln: compile these loops whatever their residual calls cost
    kilnjit.set_param(residual_cost=0)
except ImportError:
    pass


class State:
    def __init__(self):
        self.count = 0


state = State()


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        state.count += 1          # writes an attribute the loop reads
        return hash(self.v)

    def __eq__(self, other):
        return self.v == other.v


def attr_after_call(n):
    d = {Key(i): i for i in range(10)}
    total = 0
    for i in range(n):
        before = state.count
        total += d[Key(i % 10)]   # residual: runs __hash__
        after = state.count
        total += after - before   # 2 each time (two hashes), never 0
    return total, state.count


print(attr_after_call(3000))


class Growing:
    def __init__(self, items):
        self.items = items

    def __eq__(self, other):
        self.items.append(0)      # the list grows inside a comparison
        return False


def length_after_call(n):
    items = [1, 2, 3]
    g = Growing(items)
    total = 0
    for i in range(n):
        a = len(items)
        if g == i:                # residual compare runs __eq__
            total += 1000
        b = len(items)
        total += b - a
        items[b - 1] = i          # store within the new bounds
    return total, len(items), items[-1]


print(length_after_call(3000))

LIMIT = 10


class Rebinder:
    def __init__(self, v):
        global LIMIT
        if v == 2000:
            LIMIT = 20            # rebinds a global the loop reads
        self.v = v


def global_after_call(n):
    total = 0
    for i in range(n):
        total += LIMIT
        Rebinder(i)
        total += LIMIT
    return total


print(global_after_call(3000))


class Shape:
    def __init__(self, w):
        self.w = w

    def area(self):
        return self.w * 2


class Patcher:
    def __init__(self, i):
        if i == 1500:
            Shape.area = lambda self: self.w * 3   # a new method


def method_after_call(n):
    s = Shape(5)
    total = 0
    for i in range(n):
        total += s.area()
        Patcher(i)
        total += s.area()
    return total


print(method_after_call(3000))


class Shadow:
    def __init__(self, obj, i):
        if i == 1000:
            obj.w = 2.5              # the attribute changes kind


def kind_after_call(n):
    s = Shape(5)
    total = 0
    for i in range(n):
        total += s.w
        Shadow(s, i)
        total += s.w
    return total


print(kind_after_call(3000))


def dict_after_call(n):
    d = {"a": 1}
    keys = [Key(1), Key(2)]
    total = 0
    for i in range(n):
        total += d["a"]
        d.update({"a": i})            # residual: changes the entry
        total += d["a"]
        total += keys[i % 2] == keys[0]
    return total


print(dict_after_call(3000))


class Prop:
    def __init__(self):
        self.calls = 0

    @property
    def value(self):
        self.calls += 1
        return self.calls


def property_loop(n):
    p = Prop()
    total = 0
    for i in range(n):
        total += p.value              # residual: a property
        total += p.calls
    return total, p.calls


print(property_loop(3000))


def class_change(n):
    class A:
        def f(self):
            return 1

    class B:
        def f(self):
            return 2

    objs = [A() for _ in range(3)]
    total = 0
    for i in range(n):
        o = objs[i % 3]
        total += o.f()
        if i == 1500:
            objs[0].__class__ = B
        total += len(str(i))
    return total


print(class_change(3000))
