# itertools: the infinite iterators, the terminating ones and their reprs.
import itertools as it
import operator

print(list(it.islice(it.count(5, 2), 4)), it.count(5), it.count(1.5, 0.5), it.count(2**70), it.count(0, 1.0))
c = it.count(3); next(c); print(c)
print(it.repeat('a', 3), it.repeat(1), it.repeat(1, -3), list(it.repeat('x', 2)), it.repeat(0, 4).__length_hint__())
print(list(it.islice(it.cycle('ab'), 5)), list(it.cycle([])))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3, 4], operator.mul, initial=10)), list(it.accumulate([], initial=7)))
print(list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.batched('abcdefg', 3)), list(it.batched([], 2)))
print(list(it.chain('ab', [1, 2], ())), list(it.chain.from_iterable(['ab', 'cd'])))
print(list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])), list(it.compress('abc', [1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(None, [0, 1, '', 'a'])), list(it.filterfalse(lambda x: x % 2, range(7))))
print([(k, list(g)) for k, g in it.groupby('aaabbcaa')])
print([(k, list(g)) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
groups = list(it.groupby('aabb'))
print([(k, list(g)) for k, g in groups])
print(list(it.islice('abcdefg', 3)), list(it.islice('abcdefg', 1, None, 2)), list(it.islice('abcdefg', 2, 4)), list(it.islice('abc', None)))
src = iter(range(10)); print(list(it.islice(src, 2, 5)), next(src))
print(list(it.pairwise('abcd')), list(it.pairwise('a')))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.starmap(operator.add, [[1, 2]])))
a, b = it.tee(range(4)); print(list(a), list(b))
a, b, c = it.tee('xyz', 3); print(next(a), list(b), list(a), list(c))
print(it.tee([], 0))
print(list(it.zip_longest('ab', 'xyz', fillvalue='-')), list(it.zip_longest()), list(it.zip_longest([1], [])))
print(type(it.count()), type(it.chain()), it.chain.__name__, it.groupby.__module__)
class MyChain(it.chain):
    pass
print(list(MyChain('ab', 'c')), type(MyChain.from_iterable(['x'])).__name__)
