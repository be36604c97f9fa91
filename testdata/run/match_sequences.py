def shape(seq):
    match seq:
        case []:
            return 'empty'
        case [x]:
            return f'one: {x}'
        case [x, y]:
            return f'two: {x}, {y}'
        case [first, *middle, last] if len(middle) > 2:
            return f'long: {first}..{last} ({len(middle)} in middle)'
        case (a, b, *rest):
            return f'a={a} b={b} rest={rest}'
for s in [[], [1], (1, 2), [1, 2, 3], list(range(7)), 'ab', range(3), (1, [2, 3])]:
    print(repr(s), '->', shape(s))
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print('nested', a, b, c, d)
match 'abc':
    case [*chars]:
        print('string matched as sequence?!', chars)
    case str() as s:
        print('strings are not sequences for match:', s)
match {'not': 'a sequence'}:
    case [*_]:
        print('no')
    case _:
        print('dicts are not sequences')
match (1, 2, 3):
    case [1, *_, 3]:
        print('star wildcard')
