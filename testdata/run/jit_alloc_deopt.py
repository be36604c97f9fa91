# Deoptimisation around allocation in compiled code: __init__ raising at
# iteration 5000 (the traceback names its line), __init__ returning a
# non-None value, an __init__ replaced after the loop compiled, a class
# gaining a property that shadows an attribute, __slots__ classes, and
# int overflow inside __init__.
import traceback


class Boom:
    def __init__(self, i):
        if i == 5000:
            raise ValueError("boom at %d" % i)
        self.i = i


def make_booms(n):
    made = []
    for i in range(n):
        made.append(Boom(i))
    return made


try:
    make_booms(6000)
except ValueError:
    traceback.print_exc()


class Weird:
    def __init__(self, i):
        self.i = i
        if i == 2500:
            return i


def make_weird(n):
    t = 0
    for i in range(n):
        t += Weird(i).i
    return t


try:
    make_weird(3000)
except TypeError as e:
    print("TypeError", e)


class C:
    def __init__(self, i):
        self.v = i


def first_init(self, i):
    self.v = i


def second_init(self, i):
    self.v = -i
    self.w = 1


def changing(n):
    t = 0
    for i in range(n):
        if i == n // 2:
            C.__init__ = second_init
        c = C(i)
        t += c.v + getattr(c, "w", 0)
    return t


print(changing(4000))
C.__init__ = first_init
print(changing(4000))


class Shadowed:
    def __init__(self, i):
        self.x = i


def shadow(n):
    t = 0
    for i in range(n):
        if i == n // 2:
            Shadowed.x = property(lambda self: 1000)
        try:
            t += Shadowed(i).x
        except AttributeError as e:
            print("AttributeError at", i)
            break
    return t


print(shadow(2000))


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


def slotted(n):
    t = 0
    objs = [Slotted(i, i + 1) for i in range(n)]
    for o in objs:
        t += o.a * o.b
    return t, hasattr(objs[0], "__dict__")


print(slotted(3000))


class Big:
    def __init__(self, i):
        self.v = i * i * i * i * i


def overflow(n):
    out = [Big(i) for i in range(n)]
    return out[10].v, out[-1].v, type(out[-1].v).__name__


print(overflow(7000))


class Many:
    def __init__(self, i):
        self.a = i
        self.b = i
        self.c = i
        self.d = i
        self.e = i
        self.f = i
        self.g = i
        self.h = i
        self.k = i
        self.m = i


def many_attrs(n):
    objs = [Many(i) for i in range(n)]
    return len(objs), sorted(vars(objs[-1])), objs[-1].m


print(many_attrs(2000))
