# itertools: product, permutations, combinations and their edge cases.
import itertools as it

print(list(it.product('ab', range(2))))
print(list(it.product([0, 1], repeat=3)))
print(list(it.product()), list(it.product('ab', [])), list(it.product('ab', repeat=0)))
print(list(it.permutations(range(3))))
print(list(it.permutations('abcd', 2)))
print(list(it.permutations('ab', 3)), list(it.permutations('', 0)), list(it.permutations('abc', 0)))
print(list(it.combinations('abcd', 2)), list(it.combinations(range(4), 3)))
print(list(it.combinations('ab', 3)), list(it.combinations('abc', 0)))
print(list(it.combinations_with_replacement('abc', 2)))
print(list(it.combinations_with_replacement('', 2)), list(it.combinations_with_replacement('', 0)))
print(len(list(it.permutations(range(6)))), len(list(it.combinations(range(10), 4))))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: it.count("a"))
show(lambda: it.count(1, 2, 3))
show(lambda: it.repeat())
show(lambda: it.islice([], -1))
show(lambda: it.islice([], 1, 2, 0))
show(lambda: it.islice([], "a"))
show(lambda: it.islice([], 1, "a"))
show(lambda: it.islice([]))
show(lambda: it.batched([], 0))
show(lambda: it.batched([]))
show(lambda: it.permutations([], -1))
show(lambda: it.combinations([], -1))
show(lambda: it.combinations([]))
show(lambda: it.product([], repeat=-1))
show(lambda: it.tee([], -1))
show(lambda: list(it.chain(1)))
show(lambda: it.cycle())
show(lambda: it.accumulate())
show(lambda: it.starmap(1))
show(lambda: it.pairwise())
show(lambda: it.zip_longest(1))
show(lambda: it.takewhile(1))
show(lambda: list(it.starmap(abs, [1])))
