def standalone(self, x):
    return f'{type(self).__name__} got {x}'
class A:
    method = standalone
    sm = staticmethod(standalone)
    cm = classmethod(standalone)
a = A()
print(a.method(1), A.method(a, 2), a.sm(a, 3), A.cm(4), a.cm(5))
bound = standalone.__get__(a)
print(bound(6), bound.__self__ is a, bound.__func__ is standalone)
print(type(A.__dict__['sm']).__name__, type(A.__dict__['cm']).__name__)
class Const:
    def __init__(self, v): self.v = v
    def __get__(self, obj, owner=None): return self.v
class B:
    x = Const(10)
print(B.x, B().x)
B.x = 11
print(B.x)
