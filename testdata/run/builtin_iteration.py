print(list(enumerate('abc')), list(enumerate('ab', start=10)))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip(range(3), range(3), range(3))))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(e)
print(list(map(str.upper, ['a', 'b'])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(lambda x: x > 2, range(6))))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(4))), list(reversed((1, 2))))
print(sorted([3, 1, 2]), sorted('bca'), sorted({'b': 1, 'a': 2}), sorted([3, 1, 2], reverse=True), sorted(['a', 'B', 'c'], key=str.lower))
print(all([]), any([]), all([1, 1]), any([0, 0, 1]), all(x > 0 for x in [1, -1]), any(iter([0, None])))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'exhausted'))
print(list(iter(range(3))), type(iter([])).__name__, type(iter(())).__name__, type(iter('')).__name__, type(iter({})).__name__)
print(type(enumerate([])).__name__, type(zip()).__name__, type(map(str, [])).__name__, type(reversed([])).__name__)
e = enumerate('xy')
print(next(e), list(e))
print(len([1, 2]), len('abc'), len({}), len(range(5)), len(b'12'))
try:
    len(5)
except TypeError as e:
    print(e)
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
try:
    sorted([1, 'a'])
except TypeError as e:
    print(e)
