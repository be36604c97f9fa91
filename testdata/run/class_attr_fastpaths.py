# Attribute reads, writes and method calls on instances at polymorphic
# sites, and everything that must invalidate what the interpreter cached
# about them: class attributes added, removed or rebound, instance
# attributes shadowing methods, deleted attributes, replaced __dict__s.


class Base:
    def __init__(self, v):
        self.v = v
        self.w = v * 2

    def get(self):
        return self.v

    def bump(self):
        self.v += 1
        return self


class A(Base):
    pass


class B(Base):
    def __init__(self, v):
        self.pad = 0
        super().__init__(v)


class C(Base):
    def get(self):
        return -self.v


class D(Base):
    __slots__ = ()


objs = [A(1), B(2), C(3), D(4), A(5), B(6)]
for _ in range(3):
    print([o.get() for o in objs], [o.bump().v for o in objs], [o.w for o in objs])

# An instance attribute shadowing a method, then removed again.
a = objs[0]
print(a.get())
a.get = lambda: "shadowed"
print(a.get(), objs[4].get())
del a.get
print(a.get())
a.__dict__["get"] = lambda: "via __dict__"
print(a.get())
del a.__dict__["get"]
name = "".join(["g", "e", "t"])  # a str that is not the interned name
setattr(a, name, lambda: "via setattr")
print(a.get())
delattr(a, name)
print(a.get())

# A property added to the class after the sites were warmed up.
def read_v(self):
    return "property " + str(self.__dict__["v"])


def show(o):
    return o.v


for o in objs:
    show(o)
Base.v = property(read_v)
print([show(o) for o in objs])
del Base.v
print([show(o) for o in objs])

# A plain class attribute: instance values still win, deleting them
# exposes the class's.
A.w = "class w"
print([o.w for o in objs[:2]])
del objs[0].w
print(objs[0].w, objs[4].w)
try:
    del objs[0].w
except AttributeError as e:
    print("AttributeError", e)


# Writes through a data descriptor added later.
class Log:
    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        return obj.__dict__.get("_" + self.name, "unset")

    def __set__(self, obj, value):
        print("set", self.name, value)
        obj.__dict__["_" + self.name] = value


def store(o, x):
    o.v = x
    return o.v


b = objs[1]
print(store(b, 10), store(b, 11))
log = Log()
log.__set_name__(B, "v")
B.v = log
print(store(b, 12), b.__dict__["v"], b.__dict__["_v"])
del B.v
print(store(b, 13))

# A replaced instance dict, and attributes deleted and added back in
# another order.
c = objs[2]
c.__dict__ = {"w": "new w", "v": 100}
print(c.v, c.w, c.get())
del c.v
c.v = 7
print(c.v, c.get(), sorted(c.__dict__))

# Rebinding a method on the class.
Base.get = lambda self: ("rebound", self.v)
print([o.get() for o in objs])


# __getattr__ only on a miss, __getattribute__ on every read.
class Lazy(Base):
    def __getattr__(self, name):
        return "missing " + name


class Every(Base):
    def __getattribute__(self, name):
        if name == "v":
            return "intercepted"
        return object.__getattribute__(self, name)


for o in (Lazy(1), Every(2), Lazy(3)):
    print(show(o), o.w, getattr(o, "nothing", "default"))
