print(max(3, 1, 2), max([3, 1, 2]), max('b', 'a'), max((1, 'z'), (1, 'a')), max([[1], [0, 9]]))
print(min([], default=None), max((), default='empty'), min([5], default=0), max(iter([4, 8, 1])))
print(max([1, 2, 3], key=lambda x: -x), min(['bb', 'a', 'ccc'], key=len), max({'a': 3, 'b': 1}, key={'a': 3, 'b': 1}.get))
print(max([2, 2.0]), max([2.0, 2]), min([0, False]), min([False, 0]))
print(max(range(10), key=lambda n: n % 4), min('hello world', key=lambda c: (c == ' ', c)))
for bad in [lambda: max(), lambda: min(1), lambda: max([], key=len), lambda: max(1, 2, default=0),
            lambda: min([1, 'a']), lambda: max([1], foo=1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
