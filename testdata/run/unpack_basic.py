a, b, c = 1, 2, 3
print(a, b, c)
(a, b), c = (4, 5), 6
print(a, b, c)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'hello'
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *empty, z = 1, 2
print(a, empty, z)
[x, y], [p, *q] = 'xy', (1, 2, 3)
print(x, y, p, q)
for i, (k, v) in enumerate({'a': 1, 'b': 2}.items()):
    print(i, k, v)
d = {}
d['k'], d['j'] = 'v', 'w'
print(d)
lst = [0, 0, 0]
lst[0], lst[2] = 'L', 'R'
print(lst)
class O: pass
o = O()
o.a, o.b = 1, 2
print(o.a, o.b)
print([*range(3), *'ab', *[None]], (*'xy',), {*'aab'} == {'a', 'b'}, {**{'a': 1}, **{'b': 2}})
for bad in ['a, b = 1, 2, 3', 'a, b, c = 1, 2', 'a, *b, c = [1]', 'a, b = 5']:
    try:
        exec(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
x = y = z = []
x.append(1)
print(y, z)
i = 0
items = [10, 20]
i, items[i] = 1, 99
print(i, items)
