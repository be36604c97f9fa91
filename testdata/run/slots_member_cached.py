# __slots__ attributes read and written at sites that have seen the class
# before (the interpreter's attribute cache reads the slot directly), and
# every way the cached answer must give way: an empty slot, a deleted one,
# subclasses, the descriptor replaced or rebound in the class, a descriptor
# moved to an unrelated class, __getattribute__ and __setattr__ overrides,
# and sites that see more classes than the cache holds.


class Token:
    __slots__ = ("kind", "text")

    def __init__(self, kind, text):
        self.kind = kind
        self.text = text


class Sub(Token):
    __slots__ = ("extra",)


class WithDict(Token):
    pass


def read(t):
    return t.kind, t.text


def write(t, k):
    t.kind = k


toks = [Token("num", str(i)) for i in range(5)]
for t in toks:
    write(t, t.kind + "!")
print([read(t) for t in toks])

# An empty slot: the cached site still raises AttributeError.
e = Token.__new__(Token)
for _ in range(3):
    try:
        read(e)
    except AttributeError as ex:
        print("AttributeError:", ex)
e.kind = "k"
try:
    read(e)
except AttributeError as ex:
    print("AttributeError:", ex)
e.text = "t"
print(read(e))
del e.text
try:
    read(e)
except AttributeError as ex:
    print("AttributeError after del:", ex)

# Subclasses: a slotted one and one with a dict, through the same sites.
s = Sub("op", "+")
s.extra = 1
w = WithDict("name", "x")
w.other = 2
for obj in (toks[0], s, w, toks[1], s, w):
    write(obj, "K")
    print(type(obj).__name__, read(obj))
print(w.__dict__, s.extra)

# Many classes at one site: more than the cache's ways.
classes = []
for n in range(7):
    classes.append(type("T%d" % n, (), {"__slots__": ("kind", "text")}))
objs = []
for n, cls in enumerate(classes):
    o = cls()
    o.kind, o.text = n, -n
    objs.append(o)
for _ in range(2):
    for o in objs:
        write(o, o.kind * 2)
        print(read(o), end=" ")
    print()


# The descriptor replaced by a property in the class: the site must see it.
class P:
    __slots__ = ("kind", "text")


p = P()
p.kind, p.text = 1, 2
print(read(p))
slot = P.__dict__["kind"]
P.kind = property(lambda self: "property", lambda self, v: print("set via property", v))
print(read(p))
write(p, 5)
P.kind = slot
print(read(p))
write(p, 6)
print(read(p))


# A member descriptor put in an unrelated class applies to no instance of it.
class Other:
    __slots__ = ("a", "b")
    kind = Token.__dict__["kind"]


o = Other()
for _ in range(2):
    try:
        o.kind = 1
    except TypeError as ex:
        print("TypeError:", ex)
    try:
        print(o.kind)
    except TypeError as ex:
        print("TypeError:", ex)


# __getattribute__ and __setattr__ overrides win over the slot.
class Loud(Token):
    __slots__ = ()

    def __getattribute__(self, name):
        return "got " + name

    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)


lo = Loud("a", "b")
for _ in range(2):
    print(read(lo))
    write(lo, "z")
print(object.__getattribute__(lo, "kind"))


# A class that gains a __getattribute__ after the sites cached it.
class Late:
    __slots__ = ("kind", "text")


la = Late()
la.kind, la.text = "k", "t"
print(read(la))
Late.__getattribute__ = lambda self, name: name.upper()
print(read(la))
del Late.__getattribute__
print(read(la))
