# json.loads: the paths of the Go decoder against CPython's C scanner:
# arrays of every short length (the list's own block) and what they
# become when they grow, keys shared between objects, a long document
# (where short values and keys are cached), hooks that call loads again
# or raise in the middle of a document, parse_float/parse_int, duplicate
# keys, errors with positions, and deep nesting.
import json

for n in range(7):
    text = '[' + ', '.join(str(i) for i in range(n)) + ']'
    lst = json.loads(text)
    lst.append('x')
    lst[0:0] = [None, None]
    print(n, lst, len(lst))
nested = json.loads('[[], [1], [1, 2], [[3, 4, 5, 6]], [1, 2, 3, 4, 5], {"a": [7, 8]}]')
nested[3][0].extend(range(10))
print(nested)

# Keys: equal texts are one str within a document, escaped or not, as
# CPython's memo makes them.
docs = json.loads('[{"id": 1, "na\\u006de": "a"}, {"id": 2, "name": "b"}, {"name": "c", "id": 3}]')
k0, k1, k2 = (sorted(d) for d in docs)
print(k0, k1[0] is k0[0], k1[1] is k0[1], k2[1] is k0[1])
print(json.loads('{"a": 1, "a": 2, "b": 3, "a": 4}'), json.loads('{"\\u0061": 1, "a": 2}'))

# A long document: many records repeating short values and keys.
rows = ['{"id": %d, "kind": "k%d", "tag": "\\u00e9\\n", "name": "user-%d", "v": %d.5, "ok": %s, "xs": [%d, %d]}'
        % (i, i % 7, i * 7919 % 100000, i, 'true' if i % 3 else 'false', i % 5, i % 11) for i in range(3000)]
big = json.loads('[' + ',\n'.join(rows) + ']')
print(len(big), big[0], big[-1], sum(r['v'] for r in big), sum(r['xs'][1] for r in big))
print(sorted({r['kind'] for r in big}), {r['tag'] for r in big}, len({r['name'] for r in big}))
print(big[5]['kind'] == big[12]['kind'], [r['kind'] for r in big[:9]])
big[0]['xs'].append(99)
print(big[0], big[7]['xs'])

# Hooks: object_hook and object_pairs_hook that call loads again, parse_float
# and parse_int, and a hook raising in the middle of a document (the next
# loads must not see anything of it).
inner = '{"in": [1, [2, {"deep": [3, 4, 5]}]]}'
print(json.loads('[{"a": 1}, {"b": [2, 3]}]', object_hook=lambda d: (json.loads(inner), sorted(d))))
print(json.loads('{"a": [1, {"b": 2}], "c": 3}', object_pairs_hook=lambda p: [json.loads('[9, 8]'), p]))
print(json.loads('[1.5, 2, -0.0, 1e400, 10]', parse_float=lambda s: 'F' + s, parse_int=lambda s: int(s) * 2))


def bad_hook(d):
    if 'stop' in d:
        raise KeyError('stopped')
    return d


try:
    json.loads('[[1, 2, 3], {"a": [4, 5, {"stop": 1}]}, 6]', object_hook=bad_hook)
except KeyError as e:
    print('KeyError', e)
print(json.loads('[[10, 20], [30]]'), json.loads('{"k": [1, 2, 3, 4, 5, 6, 7, 8, 9]}'))

# Errors with positions, inside arrays and objects.
for text in ('[1, 2', '[1, 2,]', '{"a": [1, }', '{"a" 1}', '[1 2]', '{"a": "b\\x"}', '[1, "abc', '',
             '{"ok": [1, 2], "bad": [3, 4}', '[' * 5 + ']' * 4, '{"a": [1, 2], "a": }', '[tru]', '[1]x'):
    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        print(repr(text), e.msg, e.pos, e.lineno, e.colno)
print(json.loads('[1, 2]  '), json.JSONDecoder().raw_decode('[1, [2, 3]] tail'))

# Deep nesting, within CPython's limit, of arrays and objects.
depth = 900
deep = json.loads('[' * depth + '0' + ']' * depth)
n = 0
while isinstance(deep, list):
    deep, n = deep[0], n + 1
print(n, deep)
deep = json.loads('{"a": ' * depth + '[]' + '}' * depth)
n = 0
while isinstance(deep, dict):
    deep, n = deep['a'], n + 1
print(n, deep)
