def describe(x):
    match x:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case -1:
            return 'minus one'
        case 1.5:
            return 'one and a half'
        case 2j:
            return 'imaginary'
        case 'hello' | "world":
            return 'greeting'
        case b'bytes':
            return 'bytes'
        case True:
            return 'true'
        case None:
            return 'none'
        case _:
            return f'other {x!r}'
for v in [0, 1, 3, -1, 1.5, 2j, 'hello', 'world', b'bytes', True, False, None, 1.0, 'x', [1]]:
    print(repr(v), '->', describe(v))
