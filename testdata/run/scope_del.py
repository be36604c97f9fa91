a = 1
del a
try:
    a
except NameError as e:
    print(e)
lst = [0, 1, 2, 3, 4, 5]
del lst[0], lst[-1]
print(lst)
del lst[1:3]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
class O:
    attr = 1
o = O()
o.x = 5
del o.x
print(hasattr(o, 'x'))
try:
    del o.attr
except AttributeError as e:
    print(e)
del O.attr
print(hasattr(O, 'attr'))
x, y = 1, 2
del x, y
print('x' in dir(), 'y' in dir())
(p, q) = [3, 4]
del (p, q)
try:
    del d['zzz']
except KeyError as e:
    print('KeyError', e)
def f():
    v = 1
    del v
    v = 2
    return v
print(f())
