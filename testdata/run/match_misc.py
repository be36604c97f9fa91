def classify(v):
    match v:
        case (int() | float()) as num if num < 0:
            return 'negative number'
        case int(n) if n % 2 == 0:
            return 'even int'
        case int():
            return 'odd int'
        case {'items': [*items]} if all(isinstance(i, int) for i in items):
            return f'int items summing to {sum(items)}'
        case [('a' | 'b') as tag, {'v': v}]:
            return f'tagged {tag} with {v}'
        case _:
            return 'misc'
for v in [-3, -0.5, 4, 7, {'items': [1, 2, 3]}, {'items': [1, 'x']}, ['a', {'v': 9}], ['c', {'v': 1}]]:
    print(v, '->', classify(v))
match = {'match': 'case'}
case = list(match)
print(match, case)
def match_fn(match):
    match match:
        case 'case':
            return 'soft keywords work'
    return 'nope'
print(match_fn('case'))
for src in ['match x:\n    case a | b: pass', 'match x:\n    case [a, *b, *c]: pass', 'match x:\n    case {**r, "k": 1}: pass', 'match x:\n    case a:\n        pass\n    case 1:\n        pass']:
    try:
        compile(src, '<m>', 'exec')
        print('ok')
    except SyntaxError as e:
        print('SyntaxError:', e.msg)
