# json: loads of valid documents, hooks and number/constant parsing.
import json

docs = ['null', 'true', 'false', '0', '-0', '12', '-12', '1.5', '-1.5e3', '1E+2', '0.5e-3', '1e400', '-1e400',
        '123456789012345678901234567890', '"abc"', '""', r'"\"\\\/\b\f\n\r\t"', r'"\u00e9\u20ac"', r'"\ud83d\ude00"',
        r'"\ud800"', r'"\udc00x"', '"日本"', '[]', '{}', '[1, [2, [3]]]', '{"a": {"b": [1, {"c": null}]}}',
        ' \t\n\r[ 1 , 2 ] \n', '{"a": 1, "a": 2}', 'NaN', 'Infinity', '-Infinity', '[NaN, -Infinity]',
        '{"": 0}', '"\\u0041\\u0062"', '[true,false,null]', '{"k":"v","n":[]}']
for d in docs:
    v = json.loads(d)
    print(repr(d), repr(v), type(v).__name__)
print(json.loads(b'[1, "x"]'), json.loads(bytearray(b'{"a": 2}')), json.loads('"\xe9"'.encode('utf-8')))
print(json.loads('[1.5, 2]', parse_float=str), json.loads('[1.5, 2]', parse_int=float))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda c: 'C:' + c))
print(json.loads('{"b": 1, "a": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": {"c": 2}}', object_pairs_hook=lambda p: p))
print(json.loads('{"b": 1}', object_hook=lambda d: 'hook', object_pairs_hook=lambda p: 'pairs'))
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] tail'), dec.raw_decode('xx{"a": 1}yy', 2), dec.decode(' {"q": [1]} '))
print(json.loads('"a\x01b"', strict=False), json.JSONDecoder(strict=False).decode('"\t"'))
class MyDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=lambda d: {k.upper(): v for k, v in d.items()}, **kw)
print(json.loads('{"a": {"b": 1}}', cls=MyDecoder))
s = json.dumps({'x': [1, 2.5, 'é', None, True, {'y': []}]})
print(json.loads(s) == {'x': [1, 2.5, 'é', None, True, {'y': []}]}, s)
for f in [0.1, 1/3, 1e16, 2.5e-5, 123.456, -0.0, 5e-324, 1.7976931348623157e308]:
    assert json.loads(json.dumps(f)) == f
    print(json.dumps(f), repr(json.loads(json.dumps(f))))
