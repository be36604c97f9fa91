calls = []
class Base:
    def __init__(self, **kw):
        calls.append('Base')
        self.extra = kw
class Logger(Base):
    def __init__(self, level='info', **kw):
        calls.append('Logger')
        self.level = level
        super().__init__(**kw)
class Store(Base):
    def __init__(self, path='/tmp/x', **kw):
        calls.append('Store')
        self.path = path
        super().__init__(**kw)
class Service(Logger, Store):
    def __init__(self, name, **kw):
        calls.append('Service')
        self.name = name
        super().__init__(**kw)
s = Service('svc', level='debug', path='data', other=1)
print(calls, s.name, s.level, s.path, s.extra)
print([k.__name__ for k in Service.__mro__])
class Mixin:
    def describe(self):
        return f'<{super().describe()}>'
class Core:
    def describe(self):
        return 'core'
class Wrapped(Mixin, Core): pass
try:
    class Double(Mixin, Wrapped): pass
except TypeError as e:
    print(e)
print(Wrapped().describe())
try:
    class Bad(Mixin, Wrapped, Core): pass
    print(Bad().describe())
except TypeError as e:
    print(e)
