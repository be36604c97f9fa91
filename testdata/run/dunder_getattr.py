class Dyn:
    exists = 'real attribute'
    def __getattr__(self, name):
        if name.startswith('get_'):
            return lambda: f'dynamic {name[4:]}'
        raise AttributeError(f'{type(self).__name__!r} has no {name!r}')
d = Dyn()
print(d.exists, d.get_thing(), hasattr(d, 'get_x'), hasattr(d, 'other'), getattr(d, 'nope', 'default'))
try:
    d.missing
except AttributeError as e:
    print(e)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
        object.__setattr__(self, 'log', [])
    def __getattribute__(self, name):
        if name in ('_target', 'log', '__class__', '__dict__'):
            return object.__getattribute__(self, name)
        object.__getattribute__(self, 'log').append(('get', name))
        return getattr(object.__getattribute__(self, '_target'), name)
    def __setattr__(self, name, value):
        self.log.append(('set', name))
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self.log.append(('del', name))
        delattr(self._target, name)
class T: pass
t = T()
p = Proxy(t)
p.a = 1
print(p.a, t.a)
del p.a
print(hasattr(t, 'a'), p.log)
class Fallback:
    def __getattribute__(self, name):
        if name == 'boom':
            raise AttributeError('boom not here')
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f'__getattr__ rescued {name}'
print(Fallback().boom)
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, 'x', x)
    def __setattr__(self, n, v):
        raise AttributeError(f'cannot set {n}: frozen')
f = Frozen(3)
try:
    f.x = 4
except AttributeError as e:
    print(e, f.x)
print(sorted(n for n in dir(f) if not n.startswith('__')))
