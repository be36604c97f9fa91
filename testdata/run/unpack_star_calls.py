def f(a, b, c, d):
    return f'{a}{b}{c}{d}'
print(f(*'ab', *'cd'), f(1, *[2, 3], 4), f(*range(2), **{'c': 'C', 'd': 'D'}))
first, *rest = range(5)
*most, last = 'kiln'
print(first, rest, most, last)
(a, *b), c = 'xyz', 'w'
print(a, b, c)
for head, *tail in [(1, 2, 3), (4,), 'ab']:
    print(head, tail)
nested = [(1, (2, 3)), (4, (5, 6))]
for x, (y, z) in nested:
    print(x + y + z, end=' ')
print()
merged = {**{'a': 1, 'b': 2}, 'b': 20, **{'c': 3}}
print(merged, [*merged], (*merged.values(),))
print(*[1, 2], *(3,), sep=',')
print([*range(3)] == list(range(3)), {*range(3)} == set(range(3)))
a, b, *c = 'ab'
print(a, b, c)
