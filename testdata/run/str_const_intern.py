# Identifier-like string constants are interned, as CPython's are: the
# same object in every code object, and the attribute names of getattr,
# setattr and object.__setattr__ calls are the names the code uses.
a = 'abc'
exec("b = 'abc'")
print(a is b, 'x y' == 'x ' + 'y')
print(''.join(['ab', 'c']) is a)


class Frozen:
    __slots__ = ()


class P:
    def __init__(self, x, y):
        object.__setattr__(self, 'x', x)
        setattr(self, 'y', y)

    def __setattr__(self, name, value):
        print('setattr', name, value)
        object.__setattr__(self, name, value)


p = P(1, 2)
print(p.x, p.y, vars(p))
p.x = 5
print(p.x, getattr(p, 'x'), getattr(p, 'z', 'none'))
try:
    object.__setattr__(Frozen(), 'x', 1)
except AttributeError as e:
    print('AttributeError:', e)
try:
    object.__setattr__(1, 'x', 1)
except AttributeError as e:
    print('AttributeError:', e)
try:
    object.__setattr__(int, 'x', 1)
except TypeError as e:
    print('TypeError:', e)


class Q:
    pass


q = Q()
object.__setattr__(q, 'n' + 'ame', 'built')
object.__setattr__(q, 'name', 'const')
print(vars(q), q.name)
