# Class changes in the middle of a compiled dispatch loop: the receiver is
# replaced by an instance of another class at iteration 5000, a class
# gains its own method after the loop compiled, an instance's class is
# reassigned, and a method returns a value of another type from some
# iteration on.


class A:
    def __init__(self):
        self.x = 1

    def get(self):
        return self.x


class B:
    def __init__(self):
        self.x = 2
        self.y = 10

    def get(self):
        return self.x + self.y


def swapped(n):
    o = A()
    s = 0
    for i in range(n):
        if i == 5000:
            o = B()
        s += o.get()
    return s


print(swapped(10000))


class Base:
    def __init__(self, v):
        self.v = v

    def val(self):
        return self.v


class Child(Base):
    pass


def gains_method(objs, n):
    s = 0
    for i in range(n):
        if i == 5000:
            Child.val = lambda self: -self.v
        for o in objs:
            s += o.val()
    return s


print(gains_method([Base(3), Child(4), Base(5)], 10000))


class P:
    def __init__(self):
        self.n = 1

    def f(self):
        return self.n


class Q:
    def __init__(self):
        self.n = 1

    def f(self):
        return self.n * 100


def reassigned(objs, n):
    s = 0
    for i in range(n):
        if i == 4000:
            objs[1].__class__ = Q
        for o in objs:
            s += o.f()
    return s


print(reassigned([P(), P(), P()], 8000))


class Changing:
    def __init__(self):
        self.i = 0

    def next(self):
        self.i += 1
        if self.i > 6000:
            return 0.5
        if self.i > 3000:
            return "s"
        return self.i


def result_types(n):
    c = Changing()
    ints = 0
    strs = 0
    floats = 0.0
    for i in range(n):
        v = c.next()
        if type(v) is int:
            ints += v
        elif type(v) is str:
            strs += 1
        else:
            floats += v
    return ints, strs, floats


print(result_types(9000))
