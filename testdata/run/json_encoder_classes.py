# json: default, JSONEncoder subclasses (default override), cls, dump/load with files.
import json
import os

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {'x': o.x, 'y': o.y}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

print(json.dumps([Point(1, 2), {3, 1, 2}], cls=PointEncoder))
print(json.dumps({'p': Point(0, 0)}, cls=PointEncoder, indent=2, sort_keys=True))
print(json.dumps(Point(5, 6), default=lambda o: [o.x, o.y]), json.dumps({1, 2}, default=sorted))
print(json.dumps([Point(1, 1)], default=vars), json.dumps(Point(1, 2), default=lambda o: Point(3, 4) if o.x == 1 else o.__dict__))
try:
    json.dumps(object(), cls=PointEncoder)
except TypeError as e:
    print('TypeError', e)
enc = json.JSONEncoder(indent=1, sort_keys=True, separators=(',', '='))
print(enc.encode({'b': [1], 'a': None}), enc.item_separator, enc.key_separator, ''.join(enc.iterencode([1, 2])))
enc = json.JSONEncoder()
print(enc.item_separator, enc.key_separator, enc.skipkeys, enc.ensure_ascii, enc.check_circular, enc.allow_nan, enc.indent)
print(json.JSONEncoder(indent=2).item_separator, json.JSONEncoder(default=str).encode([Point]))
class Verbose(json.JSONEncoder):
    def encode(self, o):
        return 'ENC:' + super().encode(o)
print(json.dumps([1], cls=Verbose))
def loop(o):
    return o
try:
    json.dumps(Point(1, 1), default=loop)
except ValueError as e:
    print('ValueError', e)
name = '_kiln_test_json_encoder_classes.json'
with open(name, 'w') as f:
    json.dump({'a': [1, 2, {'b': 'é'}]}, f, indent=2)
with open(name) as f:
    print(f.read())
with open(name) as f:
    print(json.load(f))
with open(name) as f:
    print(json.load(f, object_pairs_hook=list))
os.remove(name)
print(json.loads('{"a": 1}', parse_int=lambda s: int(s) * 10), json.__all__)
