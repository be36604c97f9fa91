# How deep json nests before RecursionError, and the message: CPython's C
# scanner and encoder stop at its C recursion limit (1497 levels from a
# module's top level), the pure-Python encoder (with indent) at the
# recursion limit less the caller's frames.
import json


def dumps_ok(n, wrap, **kw):
    x = 0
    for _ in range(n):
        x = wrap(x)
    try:
        json.dumps(x, **kw)
        return True
    except RecursionError as e:
        return str(e)


def loads_ok(n, opener, closer):
    try:
        json.loads(opener * n + '0' + closer * n)
        return True
    except RecursionError as e:
        return str(e)


for n in (1496, 1497, 1498):
    print(n, loads_ok(n, '[', ']'), loads_ok(n, '{"a":', '}'))
    print(n, dumps_ok(n, lambda x: [x]), dumps_ok(n, lambda x: {'k': x}))
for n in (994, 995, 996):
    print(n, dumps_ok(n, lambda x: [x], indent=1), dumps_ok(n, lambda x: {'k': x}, indent=''))


def nested(k, n):
    if k == 0:
        return dumps_ok(n, lambda x: [x], indent=2)
    return nested(k - 1, n)


print(nested(10, 984), nested(10, 985), nested(10, 986))
