# TypeError messages produced by the core, caught and printed, then one uncaught.
none, five, pair, abc = None, 5, (1, 2), 'abc'
cases = [
    lambda: 1 + 'a', lambda: 'a' + 1, lambda: [] + (), lambda: 1 < 'a', lambda: None + 1,
    lambda: len(5), lambda: 'x' * 'y', lambda: [1] * 2.0, lambda: -'s', lambda: ~1.5,
    lambda: none(), lambda: five[0], lambda: {}[[]], lambda: pair[None], lambda: abc['x'],
    lambda: int(None), lambda: float([]), lambda: iter(3), lambda: next([]), lambda: hash([]),
    lambda: sum('ab'), lambda: abs(None), lambda: ord(1), lambda: (lambda a: a)(), lambda: (lambda: 0)(x=1),
    lambda: [].append(), lambda: {}.get(), lambda: 'x'.join(1), lambda: set([[]]), lambda: frozenset(1),
    lambda: 1 @ 2, lambda: object().__class__(5), lambda: 'a' % 5, lambda: divmod('a', 1), lambda: round(None),
    lambda: del_item(), lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: int('1', base='2'),
    lambda: 2 ** 'x', lambda: 3 // [], lambda: {} | [], lambda: [] < {}, lambda: print(sep=1),
]
def del_item():
    t = (1, 2)
    del t[0]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
raise TypeError("unsupported operand type(s) for +: 'int' and 'str'")
