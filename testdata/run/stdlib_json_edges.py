# json: NaN and Infinity in and out, the hooks and parse_* functions, cls
# and default, circular references, non-str keys, ensure_ascii with
# surrogates, indent forms, and every JSONDecodeError message.
import json, math
from collections import OrderedDict

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show('nan out', lambda: json.dumps([float('nan'), float('inf'), -float('inf')]))
show('nan out strict', lambda: json.dumps(float('nan'), allow_nan=False))
show('inf out strict', lambda: json.dumps([1, float('inf')], allow_nan=False))
show('nan in', lambda: json.loads('[NaN, Infinity, -Infinity]'))
show('parse_constant', lambda: json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: 'C:' + s))
show('parse_float', lambda: json.loads('[1.5, 2, 1e3, -0.0]', parse_float=lambda s: 'F:' + s))
show('parse_int', lambda: json.loads('[1.5, 2, -7, 10000000000000000000000]', parse_int=lambda s: 'I:' + s))
show('decimal', lambda: json.loads('1.10', parse_float=__import__('decimal').Decimal) if False else None)
show('object_pairs_hook', lambda: json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list))
show('object_pairs_hook od', lambda: json.loads('{"b": 1, "a": {"c": 2}}', object_pairs_hook=OrderedDict))
show('object_hook', lambda: json.loads('{"b": 1, "a": {"c": 2}}', object_hook=lambda d: sorted(d)))
show('both hooks', lambda: json.loads('{"b": 1}', object_hook=lambda d: 'oh', object_pairs_hook=lambda p: 'oph'))
show('dup keys', lambda: json.loads('{"a": 1, "a": 2}'))
show('non-str keys', lambda: json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd', False: 'e', -0.0: 'f', float('inf'): 'g'}))
show('tuple key', lambda: json.dumps({(1, 2): 3}))
show('tuple key skip', lambda: json.dumps({(1, 2): 3, 'a': 1}, skipkeys=True))
show('bytes key', lambda: json.dumps({b'x': 3}))
show('sort_keys mixed', lambda: json.dumps({2: 1, 'a': 2}, sort_keys=True))
show('sort_keys', lambda: json.dumps({'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}, sort_keys=True))
show('ensure_ascii', lambda: json.dumps(['é', '日本', '😀', '\ud800', '\x00\x1f\x7f', '"\\/']))
show('no ensure_ascii', lambda: json.dumps(['é', '日本', '😀', '\ud800', '\x00\x1f\x7f'], ensure_ascii=False))
show('surrogates in', lambda: json.loads('["\\ud83d\\ude00", "\\ud800", "\\udc00x", "\\ud800\\u0041"]'))
show('indent str', lambda: json.dumps({'a': [1, {'b': []}], 'c': {}}, indent='\t'))
show('indent 0', lambda: json.dumps([1, [2]], indent=0))
show('indent neg', lambda: json.dumps([1, [2]], indent=-1))
show('indent 2', lambda: json.dumps({'a': [1, 2]}, indent=2))
show('separators', lambda: json.dumps({'a': [1, 2]}, separators=(',', ':')))
show('indent seps', lambda: json.dumps({'a': [1, 2]}, indent=1, separators=('; ', ' = ')))
l = [1]; l.append(l)
show('circular list', lambda: json.dumps(l))
d = {}; d['x'] = d
show('circular dict', lambda: json.dumps(d))
show('circular no check', lambda: json.dumps(l, check_circular=False))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
show('cls', lambda: json.dumps({'s': {3, 1, 2}, 'c': 1+2j}, cls=E))
show('cls bad', lambda: json.dumps(object(), cls=E))
show('default fn', lambda: json.dumps({1, 2}, default=list))
show('default bad', lambda: json.dumps(b'x'))
show('default self circ', lambda: json.dumps(object(), default=lambda o: o))
class Int(int): pass
class Flt(float): pass
class Str(str): pass
show('subclasses', lambda: json.dumps([Int(3), Flt(2.5), Str('s'), True, None, 1e16, 1.0, 123456789.123456789, 1e-7]))
class IntRepr(int):
    def __repr__(self): return 'X'
class FltRepr(float):
    def __repr__(self): return 'Y'
show('sub reprs', lambda: json.dumps([IntRepr(3), FltRepr(2.5)]))
show('dict sub', lambda: json.dumps(OrderedDict([('b', 1), ('a', 2)])))
show('tuple', lambda: json.dumps((1, (2, 3))))
show('big int', lambda: json.dumps(10**30))
show('int key big', lambda: json.dumps({10**20: 1}))
show('JSONEncoder repr', lambda: json.JSONEncoder().encode({'a': 1}))
show('iterencode', lambda: list(json.JSONEncoder(indent=1).iterencode([1, {'a': 2}])))
show('encoder attrs', lambda: (lambda e: (e.item_separator, e.key_separator, e.indent, e.sort_keys, e.skipkeys, e.ensure_ascii, e.check_circular, e.allow_nan))(json.JSONEncoder()))
show('decoder attrs', lambda: json.JSONDecoder().decode('[1]'))
show('raw_decode', lambda: json.JSONDecoder().raw_decode('[1] xyz'))
show('raw_decode ws', lambda: json.JSONDecoder().raw_decode('  [1]'))
show('strict', lambda: json.loads('"a\tb"'))
show('strict off', lambda: json.loads('"a\tb"', strict=False))
show('bytes in', lambda: json.loads(b'{"a": 1}'))
show('utf16 in', lambda: json.loads('{"a": "é"}'.encode('utf-16')))
show('utf8 bom str', lambda: json.loads('\ufeff[1]'))
show('utf8 bom bytes', lambda: json.loads(b'\xef\xbb\xbf[1]'))
show('bad type', lambda: json.loads(1))
show('bad kw', lambda: json.loads('1', foo=1))
show('dumps kw', lambda: json.dumps(1, foo=1))
for doc in ['', ' ', '[', '[1,', '[1,]', '[1 2]', '{', '{"a"', '{"a":', '{"a":1,}', '{"a" 1}', '{1: 2}', '{"a":1 "b":2}', '"abc', '"\\x"', '"\\u12"', '"\\u12zz"', 'tru', 'nul', 'NaN1', '-', '-x', '01', '1.', '1e', '1.5e+', '[1] x', '{}x', '"a\nb"', '\n\n  [1,\n  2,,\n]', '[1,2', '"\\', '{"a":1}{', '\x00', '[-Infinity, -NaN]', '1_000', '[.5]', '+1', "'a'", '[1]\n\n]', '["a"\n,\n"b"\n 1]']:
    try:
        print(repr(doc), repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(repr(doc), 'JSONDecodeError', e, '|', e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(doc), type(e).__name__, e)
print(json.JSONDecodeError.__mro__, json.JSONDecodeError('m', 'ab\ncd', 4).args)
show('dump fp', lambda: (lambda io: (json.dump({'a': [1, 2]}, io, indent=1), io.getvalue()))(__import__('io').StringIO()))
show('load fp', lambda: json.load(__import__('io').StringIO('[1, 2]')))
show('float repr', lambda: json.dumps([0.1, 1/3, 1e100, 5e-324, -0.0, 2.0**53]))
show('deep', lambda: len(json.dumps(json.loads('[' * 500 + ']' * 500))))
show('recursion', lambda: json.loads('[' * 100000 + ']' * 100000))
show('huge int str', lambda: json.loads('1' * 5000))
