f = frozenset([1, 2, 3])
print(f, frozenset(), len(f), 2 in f)
print(f | {4}, type(f | {4}).__name__, type({4} | f).__name__)
print(f & frozenset([2, 3, 4]), f - {1}, hash(f) == hash(frozenset([3, 2, 1])))
d = {f: 'frozen'}
print(d[frozenset({1, 2, 3})])
nested = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(nested))
try:
    f.add(4)
except AttributeError as e:
    print(e)
print(frozenset('ab') == {'a', 'b'}, sorted(frozenset('cab')))
print(repr(frozenset({1, 2})), repr(set()), str(frozenset()))
