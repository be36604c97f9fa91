class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print(f'Meta.__new__({name!r}, bases={[b.__name__ for b in bases]}, kw={kw})')
        ns['created_by'] = 'Meta'
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print(f'Meta.__init__({name!r})')
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print(f'Meta.__call__{args}')
        return super().__call__(*args, **kwargs)
    def describe(cls):
        return f'class {cls.__name__}'
class Base(metaclass=Meta, flavor='vanilla'):
    def __init__(self, v): self.v = v
class Child(Base):
    pass
c = Child(5)
print(c.v, c.created_by, type(Child).__name__, Child.describe(), type(type).__name__)
print(isinstance(Child, Meta), isinstance(Child, type), type(Base) is Meta)
Dyn = type('Dyn', (Base,), {'x': 1, 'hello': lambda self: 'hi'})
print(Dyn.x, Dyn(0).hello(), Dyn.__name__, Dyn.__mro__[1].__name__)
print(type(5), type('s'), type(None), type(type), type(Meta))
