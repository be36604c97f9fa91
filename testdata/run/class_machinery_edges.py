log = []
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(("prepare", name, sorted(kw)))
        d = {"injected": 1}
        return d
    def __new__(mcls, name, bases, ns, **kw):
        log.append(("new", name, sorted(k for k in ns if not k.startswith("__")), sorted(kw)))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        log.append(("init", name))
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        log.append(("call", cls.__name__, a))
        return super().__call__(*a, **k)

class Base(metaclass=Meta, flag=True):
    def __init_subclass__(cls, /, tag=None, **kw):
        log.append(("init_subclass", cls.__name__, tag, sorted(kw)))
        super().__init_subclass__(**kw)
    x = 1

class Child(Base, tag="t1"):
    y = 2

print(Child.injected, Base.injected)
c = Child()
for entry in log:
    print(entry)
log.clear()

try:
    class Bad(Base, tag="t", other=1):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class Plain:
        pass
    class Bad2(Plain, kw=1):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class Bad3(object, metaclass=3):
        pass
except TypeError as e:
    print("TypeError", e)

order = []
class Desc:
    def __init__(self, n):
        self.n = n
    def __set_name__(self, owner, name):
        order.append((self.n, owner.__name__, name))
class Owner:
    a = Desc(1)
    b = Desc(2)
    def __init_subclass__(cls):
        order.append("init_subclass " + cls.__name__)
    c = Desc(3)
class Sub(Owner):
    d = Desc(4)
print(order)

class Broken:
    def __set_name__(self, owner, name):
        raise ValueError("boom " + name)
try:
    class UsesBroken:
        attr = Broken()
except Exception as e:
    print(type(e).__name__, e, getattr(e, "__notes__", None))

class G:
    def __class_getitem__(cls, item):
        return f"G[{item!r}]"
print(G[int], G[1, 2], G["x"])
class NoGI:
    pass
try:
    NoGI[int]
except TypeError as e:
    print("TypeError", e)

class Fake:
    def __mro_entries__(self, bases):
        return (dict,)
class FromFake(Fake()):
    pass
print(FromFake.__mro__, type(FromFake.__orig_bases__[0]).__name__)
class BadEntries:
    def __mro_entries__(self, bases):
        return [dict]
try:
    class X(BadEntries()):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class Y(1):
        pass
except TypeError as e:
    print("TypeError", e)

class DataDesc:
    def __get__(self, obj, owner=None):
        return "data-get"
    def __set__(self, obj, value):
        print("data-set", value)
class NonData:
    def __get__(self, obj, owner=None):
        return "nondata-get"
class Prec:
    d = DataDesc()
    n = NonData()
p = Prec()
p.__dict__["d"] = "inst-d"
p.__dict__["n"] = "inst-n"
print(p.d, p.n, Prec.d, Prec.n)
p.d = 5
print(vars(p))

class A:
    @classmethod
    def make(cls):
        return cls.__name__
    @classmethod
    def who(cls):
        return "A.who " + cls.__name__
class B(A):
    @classmethod
    def who(cls):
        return "B.who+" + super().who()
    @staticmethod
    def st():
        try:
            return super().who()
        except RuntimeError as e:
            return "RuntimeError " + str(e)
print(B.who(), B().who(), B.make(), B.st())
print(super(B, B).who())
try:
    super(A, 1)
except TypeError as e:
    print("TypeError", e)
try:
    super(1, A)
except TypeError as e:
    print("TypeError", e)

class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("b",)
try:
    class S3(S1, S2):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class S4:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError", e)
try:
    class S5:
        __slots__ = ("__dict__", "__dict__")
except TypeError as e:
    print("TypeError", e)
try:
    class S6:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError", e)
try:
    class S7(int):
        __slots__ = ("x",)
except TypeError as e:
    print("TypeError", e)
class S8:
    __slots__ = ("x", "__weakref__")
s8 = S8()
try:
    s8.y = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    s8.x
except AttributeError as e:
    print("AttributeError", e)
print(S8.x, type(S8.x).__name__)

class Lay1(int): pass
class Lay2(str): pass
try:
    class Lay3(Lay1, Lay2): pass
except TypeError as e:
    print("TypeError", e)
try:
    class MroBad(A, B): pass
except TypeError as e:
    print("TypeError", e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print("TypeError", e)
try:
    class FromBool(bool): pass
except TypeError as e:
    print("TypeError", e)
class WithNonlocalClass:
    def f(self):
        nonlocal __class__
        return __class__
    def g(self):
        return __class__
print(WithNonlocalClass().f().__name__, WithNonlocalClass().g().__name__)
class M2(type):
    def mro(cls):
        return (cls, object)
class UsesM2(A, metaclass=M2):
    pass
print(UsesM2.__mro__, hasattr(UsesM2, "make"))
print(type.__dict__["__dict__"] if False else "", type(Child).__name__, Child.__class__.__name__)
class Q:
    def __init_subclass__(cls, **kwargs):
        print("Q.init_subclass", cls.__name__, kwargs)
class R(Q, k=1): pass
print(R.__qualname__, Q.__init_subclass__.__name__)
def make():
    class Local:
        class Inner:
            def m(self): pass
    return Local
L = make()
print(L.__qualname__, L.Inner.__qualname__, L.Inner.m.__qualname__)
print(repr(L.Inner.m).split(" at ")[0])
class M3(type):
    def mro(cls):
        return [cls, 1]
try:
    class UsesM3(metaclass=M3):
        pass
except TypeError as e:
    print("TypeError", e)
