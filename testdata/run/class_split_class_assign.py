# Split-keys instances and __class__ assignment between classes with
# different names (the instance makes its dict first), and classes with
# __del__ (whose instances are never split).
import gc


class A:
    def __init__(self):
        self.a = 1
        self.b = 2

    def who(self):
        return 'A'


class B:
    def __init__(self):
        self.b = 3
        self.c = 4

    def who(self):
        return 'B'


x = A()
y = B()
x.__class__ = B
print(x.who(), vars(x), x.a, x.b)
x.c = 5
print(vars(x))
y.__class__ = A
print(y.who(), vars(y), y.b, y.c)
try:
    y.a
except AttributeError as exc:
    print('AttributeError:', exc)
print([vars(o) for o in (A(), B())])


log = []


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        log.append(sorted(vars(self).items()))


d = D(1)
print(vars(d))
del d
gc.collect()
d2 = D(2)
d2.m = 3
print(vars(d2))
d2 = None
gc.collect()
print(log)

# An instance moved to a class with __del__, then its attributes changed.
z = A()
z.__class__ = D
z.n = 'moved'
print(vars(z))
del z
gc.collect()
print(log)
