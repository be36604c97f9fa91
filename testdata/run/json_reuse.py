# json.dumps and json.loads called over and over: small and large documents
# alternating, calls made from inside default(), object_hook and
# object_pairs_hook, and calls after one that failed half-way. Each call
# must see nothing of the one before (keys, strings, buffers).
import json

big = {'rows': [{'k%d' % (i % 9): 'v%d' % (i % 5), 'n': i, 'f': i / 8} for i in range(2000)]}
big_text = json.dumps(big)
for i in range(3):
    print(json.dumps({'i': i}), len(json.dumps(big)), json.dumps([i, 'x' * i]))
    small = json.loads('{"a": %d, "k1": "v9"}' % i)
    print(small, len(json.loads(big_text)['rows']), json.loads('["k1", {"k1": 1}]'))
print(json.loads(big_text) == big, json.dumps(json.loads(big_text)) == big_text)


class Money:
    def __init__(self, cents):
        self.cents = cents


def encode_money(o):
    # dumps from inside dumps: its own buffer, its own circular markers.
    return {'money': json.dumps({'cents': o.cents, 'nested': [o.cents] * 3})}


print(json.dumps([Money(5), {'total': Money(12)}], default=encode_money))
print(json.dumps({'a': [Money(1)]}, default=encode_money, indent=1, sort_keys=True))


def hook(d):
    # loads from inside loads: the inner document's keys are not the outer's.
    if 'inner' in d:
        d['inner'] = json.loads(d['inner'], object_hook=hook)
    return d


doc = json.dumps({'inner': json.dumps({'inner': json.dumps({'leaf': 'k'}), 'x': 1}), 'x': 2})
print(json.loads(doc, object_hook=hook))
print(json.loads('[{"a": 1}, {"a": 2}]', object_pairs_hook=lambda p: json.dumps(dict(p))))

# A failure half-way leaves nothing behind for the next call.
for bad in ([1, 2, {3j: 1}], {'a': [1, float('nan')]}, [1, [2, [3, object()]]]):
    try:
        json.dumps(bad, allow_nan=False)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
    print(json.dumps({'after': [1, 2.5, 'ok']}))
for bad in ('{"a": [1, 2, {"b": [3, 4', '[1, 2, 3, {"k": "v", "k2": }]', '{"x": "\\q"}'):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print('JSONDecodeError', e)
    print(json.loads('{"k": [1, 2], "k2": "v"}'))
a = []
a.append(a)
try:
    json.dumps([1, a])
except ValueError as e:
    print('ValueError', e)
print(json.dumps([[1], [[2]], {'x': [3]}]))
