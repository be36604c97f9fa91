# A super object whose type is last in the MRO (a metaclass reverses it) finds
# nothing after it and falls back to its own attributes, as CPython's
# super_getattro: class creation's super(A, A).__init_subclass__ too.
class Meta(type):
    def mro(cls):
        return list(reversed(type.mro(cls)))

class A(metaclass=Meta):
    def f(self):
        return "A.f"

class B(A):
    def f(self):
        return "B.f"
    def g(self):
        s = super()
        print(s.__thisclass__.__name__, s.__self_class__.__name__)
        try:
            print(super().f())
        except AttributeError as e:
            print("AttributeError:", e)
        try:
            print(super().__thisclass__)
        except AttributeError as e:
            print("AttributeError:", e)
        print(super().__self__ is self)
        m = super().__repr__
        print(type(m).__name__)
        print(super().__class__)
        try:
            super().nope
        except AttributeError as e:
            print("AttributeError:", e)

print(B.__mro__)
B().g()
s = super(B, B())
print(s.__thisclass__, s.__self_class__, s.__self__.__class__.__name__)
print(s.__class__)
try:
    s.f
except AttributeError as e:
    print("AttributeError:", e)
print(super(object, object()).__thisclass__)
print(super(object, object()).__repr__().startswith("<super"))

class Meta2(type):
    def mro(cls):
        return [cls] + [c for c in type.mro(cls)[1:]][::-1]

class C(metaclass=Meta2):
    def __init_subclass__(cls, **kw):
        print("C.__init_subclass__", cls.__name__, kw)

try:
    class D(C, flag=1):
        pass
except TypeError as e:
    print("TypeError:", e)
class D(C):
    pass
print(D.__mro__)
m = super(D, D()).__init_subclass__
print(m.__qualname__, m.__self__ is D)
try:
    class E(A, flag=2):
        pass
except TypeError as e:
    print("TypeError:", e)
