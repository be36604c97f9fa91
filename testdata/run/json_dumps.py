# json: dumps of every kind of value, with indent, separators, sort_keys, ensure_ascii.
import json

values = [None, True, False, 0, -1, 2**100, -2**70, 1.0, 0.1, -0.0, 1e300, 1e-300, 1.5e16, 123456789.123,
          float('nan'), float('inf'), float('-inf'), '', 'abc', 'a"b\\c/d', '\n\r\t\b\f\x00\x1f\x7f',
          'é', '\u2028\u2029', '😀', '日本', [], {}, (), [1, 2], (1, 'a'), {'a': 1}, [[[]]], {'a': {'b': {}}},
          {1: 'int', 2.5: 'float', True: 'bool', None: 'none', 'k': 'str'}, {False: 0, -3: 1, 1e20: 2, float('inf'): 3}]
for v in values:
    print(repr(v), json.dumps(v), json.dumps(v, ensure_ascii=False))
doc = {'name': 'Kiln', 'tags': ['fast', 'go'], 'n': [1, 2.5, None, True], 'empty': {}, 'el': [], 'nested': {'x': [{'y': 1}]}}
print(json.dumps(doc))
print(json.dumps(doc, indent=2))
print(json.dumps(doc, indent=0))
print(json.dumps(doc, indent='--'))
print(json.dumps(doc, indent=-1))
print(json.dumps(doc, indent=1, separators=(', ', ' = ')))
print(json.dumps(doc, separators=(',', ':')))
print(json.dumps(doc, sort_keys=True))
print(json.dumps(doc, sort_keys=True, indent=4))
print(json.dumps({'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}, sort_keys=True))
print(json.dumps({3: 'a', 1: 'b'}, sort_keys=True), json.dumps([{}, []], indent=2))
class S(str): pass
class I(int): pass
class F(float): pass
class L(list): pass
class D(dict): pass
print(json.dumps([S('s'), I(5), F(2.5), L([1]), D(a=1)]), json.dumps({S('k'): I(3), I(7): 0}))
print(json.dumps(True, indent=2), json.dumps('x', indent=2), json.dumps([1], indent=True))
