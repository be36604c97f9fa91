# Instance creation: __init__ with defaults, keywords, *args and
# **kwargs, __init__ returning something, and object.__new__ and
# object.__init__ rebound in a class body.


class P:
    def __init__(self, x, y=2, *rest, z=3, **kw):
        self.args = (x, y, rest, z, sorted(kw.items()))


print(P(1).args, P(1, 5).args, P(1, 5, 6, 7).args)
print(P(1, z=9).args, P(x=4, y=5, q=6).args, P(*[1, 2, 3], **{"z": 0}).args)
try:
    P()
except TypeError as e:
    print("TypeError", e)
try:
    P(1, x=2)
except TypeError as e:
    print("TypeError", e)


class Simple:
    def __init__(self, a, b):
        self.a, self.b = a, b


for i in range(3):
    s = Simple(i, b=i * 2)
    print(s.a, s.b, Simple(i, i).b)
try:
    Simple(1)
except TypeError as e:
    print("TypeError", e)
try:
    Simple(1, 2, 3)
except TypeError as e:
    print("TypeError", e)


class Returns:
    def __init__(self, v):
        self.v = v
        if v:
            return v


print(Returns(0).v)
for v in (1, "x", None):
    try:
        print(Returns(v).v)
    except TypeError as e:
        print("TypeError", e)


class NewIsObjects:
    __new__ = object.__new__

    def __init__(self, i):
        self.i = i


print(NewIsObjects(5).i)


class InitIsObjects:
    __init__ = object.__init__


try:
    InitIsObjects(1)
except TypeError as e:
    print("TypeError", e)
print(type(InitIsObjects()).__name__)


class OwnNew:
    def __new__(cls, *args):
        print("new", args)
        return super().__new__(cls)

    def __init__(self, a):
        self.a = a


print(OwnNew(3).a)


class NoInit:
    pass


try:
    NoInit(1)
except TypeError as e:
    print("TypeError", e)


class OnlyNew:
    def __new__(cls, a):
        return object.__new__(cls)


print(type(OnlyNew(1)).__name__)


class NewOther:
    def __new__(cls, a):
        return [a]

    def __init__(self, a):
        print("never")


print(NewOther(4))


# The __init__ is swapped after instances were made.
class Swap:
    def __init__(self, a):
        self.a = a


print([Swap(i).a for i in range(3)])


def init2(self, a, b=10):
    self.a = a + b


Swap.__init__ = init2
print([Swap(i).a for i in range(3)])
del Swap.__init__
try:
    Swap(1)
except TypeError as e:
    print("TypeError", e)
