class Base:
    """Base doc."""
    base_attr = 'b'
    def base_method(self): pass
class Child(Base):
    child_attr = 'c'
    def child_method(self): pass
    @property
    def prop(self): return 1
print(Child.__name__, Child.__qualname__, Child.__module__, Child.__doc__, Base.__doc__)
print(sorted(k for k in Child.__dict__ if not k.startswith('__')))
print(sorted(k for k in dir(Child) if not k.startswith('__')))
print([c.__name__ for c in Child.__mro__], Child.__base__.__name__, Base.__subclasses__()[0].__name__)
print(isinstance(Child.__dict__['prop'], property), callable(Child.__dict__['child_method']))
c = Child()
print(type(c).__name__, c.__class__ is Child, vars(c), getattr(c, 'base_attr'))
c.__class__ = Base
print(type(c).__name__, hasattr(c, 'child_attr'))
Dynamic = type('Dynamic', (Child,), {'extra': 42, '__doc__': 'made by type()'})
print(Dynamic.__name__, Dynamic.extra, Dynamic.__doc__, Dynamic.child_attr, Dynamic.__bases__[0].__name__)
print(type(Dynamic) is type, Dynamic.__qualname__, Dynamic.__module__)
def describe(obj):
    kind = 'class' if isinstance(obj, type) else 'instance'
    return f'{kind} of {type(obj).__name__}'
print(describe(Child), describe(c), describe(type), describe(3))
