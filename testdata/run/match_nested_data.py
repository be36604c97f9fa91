def evaluate(expr):
    match expr:
        case {'op': '+', 'args': [a, b]}:
            return evaluate(a) + evaluate(b)
        case {'op': '*', 'args': [a, *rest]}:
            result = evaluate(a)
            for r in rest:
                result *= evaluate(r)
            return result
        case {'op': 'neg', 'args': [a]}:
            return -evaluate(a)
        case {'num': int() | float() as n}:
            return n
        case {'var': str(name)}:
            return {'x': 10, 'y': 0.5}.get(name, 0)
        case {'op': op}:
            raise ValueError(f'unknown op {op!r}')
        case _:
            raise TypeError(f'bad node {expr!r}')
tree = {'op': '+', 'args': [{'num': 2}, {'op': '*', 'args': [{'var': 'x'}, {'num': 3}, {'var': 'y'}]}]}
print(evaluate(tree))
print(evaluate({'op': 'neg', 'args': [tree]}))
for bad in [{'op': '/', 'args': []}, ['not', 'a', 'dict'], {'num': 'str'}]:
    try:
        evaluate(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
