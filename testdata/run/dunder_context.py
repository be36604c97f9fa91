class Ctx:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev, tb is not None)
        return self.swallow
with Ctx('a') as v:
    print('body', v)
with Ctx('b', swallow=True):
    raise ValueError('swallowed')
print('continued')
try:
    with Ctx('c'):
        raise KeyError('escapes')
except KeyError as e:
    print('caught', e)
with Ctx('x') as x, Ctx('y') as y:
    print(x, y)
with (Ctx('p') as p,
      Ctx('q') as q):
    print(p, q)
class NoEnter: pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(e)
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)
