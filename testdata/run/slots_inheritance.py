class Base:
    __slots__ = ('a',)
class Child(Base):
    __slots__ = ('b',)
    def __init__(self):
        self.a, self.b = 1, 2
c = Child()
print(c.a, c.b, Child.__slots__, Base.__slots__, hasattr(c, '__dict__'))
class WithWeak:
    __slots__ = ('x', '__weakref__')
w = WithWeak()
w.x = 3
print(w.x)
class Default:
    __slots__ = ('v',)
    def __init__(self, v=None):
        if v is not None:
            self.v = v
d = Default()
print(hasattr(d, 'v'), getattr(d, 'v', 'unset'))
d.v = 'set'
print(d.v)
class Props:
    __slots__ = ('_val',)
    def __init__(self): self._val = 0
    @property
    def val(self): return self._val
    @val.setter
    def val(self, x): self._val = x * 2
p = Props()
p.val = 5
print(p.val, p._val)
try:
    p.other = 1
except AttributeError as e:
    print(e)
print(type(Props.__dict__['_val']).__name__)
