class Base:
    def __init__(self):
        self._name = 'base'
    @property
    def name(self):
        return self._name.upper()
    @name.setter
    def name(self, v):
        self._name = v
class Derived(Base):
    @property
    def name(self):
        return 'derived:' + super().name
    @name.setter
    def name(self, v):
        Base.name.fset(self, v + '!')
d = Derived()
print(d.name)
d.name = 'x'
print(d.name, d._name)
class Root:
    def __repr__(self):
        return 'Root'
    def __eq__(self, other):
        return type(self) is type(other)
class Leaf(Root):
    def __repr__(self):
        return 'Leaf<' + super().__repr__() + '>'
    def __eq__(self, other):
        return super().__eq__(other) and True
print(Leaf(), Leaf() == Leaf(), Leaf() == Root())
class A:
    def __init_subclass__(cls, **kw):
        print('A.__init_subclass__', cls.__name__)
        super().__init_subclass__(**kw)
class B(A):
    @classmethod
    def __init_subclass__(cls, **kw):
        print('B.__init_subclass__', cls.__name__)
        super().__init_subclass__(**kw)
class C(B):
    pass
