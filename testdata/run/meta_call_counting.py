class Counted(type):
    def __new__(mcls, name, bases, ns):
        ns.setdefault('instances', 0)
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *args, **kw):
        obj = super().__call__(*args, **kw)
        cls.instances += 1
        return obj
    @property
    def label(cls):
        return f'<{cls.__name__}: {cls.instances} made>'
class Widget(metaclass=Counted):
    def __init__(self, name):
        self.name = name
class Button(Widget):
    pass
ws = [Widget('a'), Widget('b'), Button('ok')]
print(Widget.instances, Button.instances, Widget.label, Button.label)
print(type(Button).__name__, isinstance(Button, Counted), Button.__mro__[1].__name__)
try:
    Widget().name
except TypeError as e:
    print(e)
print(Widget.instances)
class Cached(type):
    _cache = {}
    def __call__(cls, key):
        if (cls, key) not in Cached._cache:
            Cached._cache[cls, key] = super().__call__(key)
        return Cached._cache[cls, key]
class Symbol(metaclass=Cached):
    def __init__(self, key):
        print('creating symbol', key)
        self.key = key
print(Symbol('x') is Symbol('x'), Symbol('y') is Symbol('x'), len(Cached._cache))
