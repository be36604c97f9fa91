class Singleton:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            print('creating')
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        print('init', v)
        self.v = v
a = Singleton(1)
b = Singleton(2)
print(a is b, a.v)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper('hello')
print(u, type(u).__name__, len(u), u + '!', isinstance(u, str))
class NotMe:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never')
print(NotMe())
class Pos(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = Pos(3, 4)
print(p, p.x, p[1], type(p).__name__)
try:
    object.__new__(int)
except TypeError as e:
    print(e)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print(e)
class InitRet:
    def __init__(self):
        return 1
try:
    InitRet()
except TypeError as e:
    print(e)
