log = []
class Traced:
    def __new__(cls, *args, **kwargs):
        log.append(f'__new__{args}')
        return super().__new__(cls)
    def __init__(self, x, y=0):
        log.append(f'__init__({x}, {y})')
        self.x, self.y = x, y
t = Traced(1, y=2)
print(log, t.x, t.y)
class Sub(Traced):
    def __init__(self, x):
        log.append('Sub.__init__')
        super().__init__(x, x)
log.clear()
s = Sub(5)
print(log, s.y)
class Factory:
    def __new__(cls, kind):
        if kind == 'int':
            return 0
        inst = super().__new__(cls)
        inst.kind = kind
        return inst
    def __init__(self, kind):
        self.initialised = True
print(Factory('int'), Factory('obj').kind, Factory('obj').initialised)
class Immutable(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def __init__(self, a, b):
        print('init sees', tuple(self))
print(Immutable(1, 2))
try:
    object.__init__(object(), 1)
except TypeError as e:
    print(e)
class Strict:
    def __init__(self):
        pass
try:
    Strict(1)
except TypeError as e:
    print(e)
