# json.dumps: the paths of the Go encoder, one by one, against CPython's C
# encoder: escapes, ensure_ascii with non-BMP text and lone surrogates,
# sort_keys over str, str subclass and mixed keys, skipkeys between
# separators, key types, floats, big ints, circular references, default,
# indent and separators, and the str it returns.
import json

# Escapes: every control character, DEL, quotes, backslashes, non-ASCII.
text = ''.join(chr(c) for c in range(0x20)) + '\x7f"\\/ é€𝄞\ud800\udfff end'
print(json.dumps(text))
print(json.dumps(text, ensure_ascii=False).encode('utf-8', 'surrogatepass'))
print(json.dumps(['plain ascii', '', 'x' * 70, 'ü' * 3, '😀'], ensure_ascii=False))
print(json.dumps({'ключ': 'значение', '𝄞': ['𝄞𝄞']}))

# sort_keys: exact strs (code point order, surrogates and non-BMP among them).
keys = ['b', 'a', 'B', '', 'é', '\ud800', '\ue000', '😀', 'ab', 'a\x00', 'z' * 20]
d = {k: i for i, k in enumerate(keys)}
print(json.dumps(d, sort_keys=True))
print(json.dumps(d, sort_keys=True, ensure_ascii=False).encode('utf-8', 'surrogatepass'))
print(json.dumps({str(i): i for i in range(40, 0, -3)}, sort_keys=True, separators=(',', ':')))


class Rev(str):
    def __lt__(self, other):
        return str.__gt__(self, other)


print(json.dumps({Rev('a'): 1, Rev('c'): 2, Rev('b'): 3}, sort_keys=True))
print(json.dumps({2: 'two', 1: 'one', -5: 'minus'}, sort_keys=True))
print(json.dumps({1.5: 'a', 0.25: 'b'}, sort_keys=True))
for bad in ({1: 'a', 'b': 2}, {None: 1, 'x': 2}):
    try:
        json.dumps(bad, sort_keys=True)
    except TypeError as e:
        print('TypeError', e)

# Keys of every kind, and skipkeys with the separators around skipped keys.
print(json.dumps({None: 0, True: 1, False: 2, 3: 3, 2**70: 4, -2**65: 5, 1.5: 6, 1e20: 7, 'k': 8}))
print(json.dumps({float('nan'): 1, float('inf'): 2, float('-inf'): 3}))
try:
    json.dumps({float('nan'): 1}, allow_nan=False)
except ValueError as e:
    print('ValueError', e)
for skip in ({(1,): 'a', 'b': 1}, {'a': 1, (2,): 'b'}, {(1,): 1, (2,): 2}, {'a': 1, (2,): 2, 'c': 3}):
    print(json.dumps(skip, skipkeys=True), json.dumps(skip, skipkeys=True, indent=1, separators=(';', '=')))
try:
    json.dumps({(1,): 'a'})
except TypeError as e:
    print('TypeError', e)

# Numbers.
print(json.dumps([0.0, -0.0, 1.0, 0.1, 1 / 3, 1e16, 1e-5, 1e-4, 123456789.125, 5e-324, 1.7976931348623157e308,
                  -1.5e-7, 1e22, 2.5e100]))
print(json.dumps([0, -1, 2**63 - 1, -2**63, 2**63, 2**100, -3**50, True, False, None]))
print(json.dumps([float('nan'), float('inf'), float('-inf')]))
for v in (float('nan'), [1, float('inf')], {'a': float('-inf')}):
    try:
        json.dumps(v, allow_nan=False)
    except ValueError as e:
        print('ValueError', e)


class F(float):
    def __repr__(self):
        return 'F!'


class I(int):
    def __repr__(self):
        return 'I!'


print(json.dumps([F(2.5), I(7), {F(0.5): I(3), I(4): F(1e300)}]))

# Circular references: lists, dicts, default() results; shared but not
# circular is fine.
a = []
a.append(a)
b = {}
b['self'] = [b]
shared = [1, 2]
for v in (a, b):
    try:
        json.dumps(v)
    except ValueError as e:
        print('ValueError', e)
print(json.dumps([shared, shared, {'x': shared}]))


class Node:
    def __init__(self, nxt):
        self.nxt = nxt


loop = Node(None)
loop.nxt = loop
try:
    json.dumps(loop, default=lambda o: o.nxt)
except ValueError as e:
    print('ValueError', e)
print(json.dumps([Node(Node(None))], default=lambda o: {'next': o.nxt}))
print(json.dumps({1j: 1}, skipkeys=True), json.dumps([1j, {2j}], default=repr))

# indent and separators, non-ASCII ones included.
doc = {'a': [1, {'b': []}, {}], 'c': 'ü', 'd': [[]]}
for kw in ({'indent': 0}, {'indent': 3}, {'indent': '\t'}, {'indent': '→'}, {'separators': ('·', '⇒')},
           {'indent': 2, 'separators': (', ', ': ')}, {'indent': 1, 'ensure_ascii': False}):
    out = json.dumps(doc, **kw)
    print(repr(out), len(out), out.isascii())

# The result is a normal str: length, slices and search of a long one.
big = json.dumps([{'id': i, 'v': i / 4, 'name': 'n%d' % i} for i in range(3000)])
print(len(big), big[:60], big[-40:], big.find('"id": 2999'), big[10000:10030], big.isascii())
wide = json.dumps(['é' * 10] * 300, ensure_ascii=False)
print(len(wide), wide[:20], wide[-20:], wide.isascii())
print([json.dumps(x) for x in ('', 'a', 1, 1.5, None, [], {}, ())])
