# json: JSONDecodeError messages and positions, encoder errors.
import json
import json.decoder
import json.encoder

bad = ['', ' ', '[1,]', '{"a":1,}', '{1:2}', '{"a" 1}', '[1 2]', '"abc', '"a\x01"', '"\\x"', '"\\u12"',
       '"\\u12zz"', 'nul', '[', '{', '{"a":', '-', '01', '1.', '1e', '[1,2', '{"a":1', 'tru', '\ufeff1', '1 2',
       '["a",\n 1,\n x]', '[-]', '{"a"', '"\\', '"\\u"', '{"a": 1}}', '[1] [2]', 'nan', 'infinity', '+1', '.5',
       '"é\x02"', '[\n\n  "x" "y"]', '{"a": [1, {"b": }]}', '"\\ud800\\"', 'truex', '[1,,2]', '\x00']
for s in bad:
    try:
        json.loads(s)
        print(repr(s), 'ok?')
    except json.JSONDecodeError as e:
        print(repr(s), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, e.doc == s)
print(issubclass(json.JSONDecodeError, ValueError), json.decoder.JSONDecodeError is json.JSONDecodeError)
print(json.JSONDecodeError, json.JSONEncoder, json.JSONDecoder, json.encoder.JSONEncoder is json.JSONEncoder)
e = json.JSONDecodeError('boom', 'ab\ncd', 4)
print(e, e.args, e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads(b'[1,', )
except ValueError as e:
    print(type(e).__name__, e)
for x in (1, None, [1]):
    try:
        json.loads(x)
    except TypeError as e:
        print('TypeError', e)
for v in [{1, 2}, b'x', object, 1j, {(1, 2): 3}, [1, {2: {3: set()}}]]:
    try:
        json.dumps(v)
    except TypeError as e:
        print('TypeError', e)
print(json.dumps({(1, 2): 3, 'a': 1}, skipkeys=True))
for v in [float('nan'), [float('inf')], {'a': -float('inf')}, {float('nan'): 1}]:
    try:
        json.dumps(v, allow_nan=False)
    except ValueError as e:
        print('ValueError', e)
a = []
a.append(a)
d = {}
d['self'] = d
for v in (a, d, [d]):
    try:
        json.dumps(v)
    except ValueError as e:
        print('ValueError', e)
x = [1]
print(json.dumps([x, x, {'k': x}]))
try:
    json.dumps({'b': 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print('TypeError', e)
