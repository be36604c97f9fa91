d = dict(a=1)
print(d.setdefault('list', []), d)
d['list'].append(1)
print(d)
shared = dict.fromkeys('xy', [])
shared['x'].append('oops')
print(shared)
print({1: 'a', 1.0: 'b', True: 'c'})
d = {'k': 1}
d.update(k=2)
d.update({'k': 3}.items())
print(d)
print(list({}.items()), len({}), bool({}), bool({0: 0}))
e = {(1, 2): 'tuple', frozenset(): 'empty frozenset', '': 'empty str', None: 'none'}
print(e[(1, 2)], e[frozenset()], e[''], e[None])
print({'b': 1, 'a': 2} == {'a': 2, 'b': 1}, list({'b': 1, 'a': 2}))
x = {'a': 1}
y = x
x |= {'b': 2}
print(y, x | {'a': 0}, {'a': 0} | x)
try:
    {} | []
except TypeError as e:
    print(e)
print(sorted({3: 'c', 1: 'a', 2: 'b'}), max({'x': 1, 'y': 0}), min({'x': 1, 'y': 0}.values()))
