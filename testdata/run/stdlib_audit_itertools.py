# The itertools recipes from the Python 3.12 documentation, used on small
# inputs, plus the iterators' reprs, pickling-free copies (tee) and errors.
import collections
import functools
import math
import operator
from itertools import (accumulate, batched, chain, combinations, combinations_with_replacement,
                       compress, count, cycle, dropwhile, filterfalse, groupby, islice,
                       pairwise, permutations, product, repeat, starmap, takewhile, tee,
                       zip_longest)


def take(n, iterable):
    return list(islice(iterable, n))


def prepend(value, iterable):
    return chain([value], iterable)


def tabulate(function, start=0):
    return map(function, count(start))


def tail(n, iterable):
    return iter(collections.deque(iterable, maxlen=n))


def consume(iterator, n=None):
    if n is None:
        collections.deque(iterator, maxlen=0)
    else:
        next(islice(iterator, n, n), None)


def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)


def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))


def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)


def ncycles(iterable, n):
    return chain.from_iterable(repeat(tuple(iterable), n))


def sum_of_squares(it):
    return math.sumprod(*tee(it))


def transpose(it):
    return zip(*it, strict=True)


def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)


def grouper(iterable, n, *, incomplete="fill", fillvalue=None):
    args = [iter(iterable)] * n
    if incomplete == "fill":
        return zip_longest(*args, fillvalue=fillvalue)
    if incomplete == "strict":
        return zip(*args, strict=True)
    if incomplete == "ignore":
        return zip(*args)
    raise ValueError("Expected fill, strict, or ignore")


def sliding_window(iterable, n):
    it = iter(iterable)
    window = collections.deque(islice(it, n - 1), maxlen=n)
    for x in it:
        window.append(x)
        yield tuple(window)


def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for next_ in nexts:
                yield next_()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))


def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)


def subslices(seq):
    slices = starmap(slice, combinations(range(len(seq) + 1), 2))
    return map(operator.getitem, repeat(seq), slices)


def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))


def unique_everseen(iterable, key=None):
    seen = set()
    if key is None:
        for element in filterfalse(seen.__contains__, iterable):
            seen.add(element)
            yield element
    else:
        for element in iterable:
            k = key(element)
            if k not in seen:
                seen.add(k)
                yield element


def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))


def iter_except(func, exception, first=None):
    try:
        if first is not None:
            yield first()
        while True:
            yield func()
    except exception:
        pass


def first_true(iterable, default=False, pred=None):
    return next(filter(pred, iterable), default)


def polynomial_eval(coefficients, x):
    n = len(coefficients)
    if not n:
        return type(x)(0)
    powers = map(pow, repeat(x), reversed(range(n)))
    return math.sumprod(coefficients, powers)


def sieve(n):
    data = bytearray((0, 1)) * (n // 2)
    data[:3] = 0, 0, 0
    limit = math.isqrt(n) + 1
    for p in compress(range(limit), data):
        data[p * p: n: p + p] = bytes(len(range(p * p, n, p + p)))
    data[2] = 1
    return iter_index(data, 1) if n > 2 else iter([])


def iter_index(iterable, value, start=0, stop=None):
    seq_index = getattr(iterable, "index", None)
    if seq_index is None:
        it = islice(iterable, start, stop)
        for i, element in enumerate(it, start):
            if element is value or element == value:
                yield i
    else:
        stop = len(iterable) if stop is None else stop
        i = start - 1
        try:
            while True:
                yield (i := seq_index(value, i + 1, stop))
        except ValueError:
            pass


def factor(n):
    for prime in sieve(math.isqrt(n) + 1):
        while not n % prime:
            yield prime
            n //= prime
            if n == 1:
                return
    if n > 1:
        yield n


print(take(4, tabulate(lambda x: x * x)), list(prepend(0, [1, 2])), list(tail(3, "ABCDEFG")))
it = iter(range(10))
consume(it, 3)
print(next(it), nth(range(10), 4), nth([], 1, "none"), quantify([1, 0, 2, 0, 3]))
print(all_equal("aaaa"), all_equal("aab"), all_equal(""), list(ncycles("ab", 3)))
print(sum_of_squares([1, 2, 3]), list(transpose([(1, 2, 3), (4, 5, 6)])), list(flatten([[1], [2, 3]])))
print(list(grouper("ABCDEFG", 3, fillvalue="x")), list(grouper("ABCDEFG", 3, incomplete="ignore")))
try:
    list(grouper("ABCDEFG", 3, incomplete="strict"))
except ValueError as e:
    print("ValueError", e)
print(list(sliding_window("ABCDE", 3)), list(roundrobin("ABC", "D", "EF")))
f, t = partition(lambda x: x % 2, range(10))
print(list(f), list(t), list(subslices("ABC")))
print(list(powerset([1, 2, 3])), list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.casefold)))
print(list(unique_justseen("AAAABBBCCDAABBB")), list(unique_justseen("ABBcCAD", str.casefold)))
d = {"a": 1, "b": 2}
print(list(iter_except(d.popitem, KeyError)), first_true([0, None, 7, 8]), first_true([], "dflt"))
print(polynomial_eval([1, -4, -17, 60], 2), polynomial_eval([], 2.5), list(sieve(50)), list(factor(360)), list(factor(97)))
print(list(iter_index("AABCADEAF", "A")), list(iter_index(iter("AABCADEAF"), "A", 1, 7)))
print(list(batched("ABCDEFG", 3)), list(pairwise("ABCD")), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([])))
print(list(product("ab", repeat=2)), list(permutations(range(3), 2)), list(combinations_with_replacement("ab", 2)))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(starmap(pow, [(2, 5), (3, 2)])))
print([(k, list(g)) for k, g in groupby(sorted("mississippi"))], list(islice("ABCDEFG", 2, None, 2)))
print(repr(count(5)), repr(count(2.5, 0.5)), repr(repeat("x", 3)), repr(repeat(1)), repr(count(1, 2)))
c = count(10, -3)
print(next(c), next(c), repr(c))
a, b = tee(iter([1, 2, 3]), 2)
print(next(a), list(b), list(a), type(a).__name__)
a2 = a.__copy__()
print(list(a2), len(tee("x", 0)))
print(list(zip_longest("ab", "xyz", fillvalue="-")), list(islice(cycle("ab"), 5)))
for bad in (lambda: batched("abc", 0), lambda: islice("abc", -1), lambda: islice("abc", 1, 2, 0),
            lambda: islice("abc", "x"), lambda: list(permutations("abc", -1)), lambda: combinations("abc"),
            lambda: count("a"), lambda: repeat(), lambda: list(zip("ab", "abc", strict=True)),
            lambda: list(pairwise(5)), lambda: tee([1], -1), lambda: product("ab", repeat=-1),
            lambda: accumulate([1], func=5, initial=None).__next__(), lambda: list(starmap(pow, [1])),
            lambda: groupby(), lambda: chain.from_iterable(5).__next__(), lambda: compress("a")):
    try:
        bad()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
