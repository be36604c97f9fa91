# json.loads: objects of one to eight distinct keys are built with their
# entry table in the dict's own block, and object_pairs_hook gets the
# pairs of an object as tuples made together. Both must behave as any
# dict and tuple: grown past their room, emptied, copied, kept by the
# hook after its list is gone, hashed, compared.
import gc
import json

for n in range(0, 11):
    text = json.dumps({'k%d' % i: i for i in range(n)})
    d = json.loads(text)
    d['new'] = 'x'
    for i in range(0, n, 2):
        del d['k%d' % i]
    d.update({'u%d' % i: [i] for i in range(12)})
    print(n, len(d), list(d)[:5], d.get('k1'), 'k0' in d, sorted(d.items(), key=str)[:2])
    e = json.loads(text)
    e.clear()
    e['a'] = 1
    f = json.loads(text)
    g = f.copy()
    f.setdefault('k0', 'set')
    print(' ', e, g == json.loads(text), f.pop('k0', None), f.popitem() if f else None, len(f))

# Repeated and escaped keys: the last value wins, in the first key's place.
print(json.loads('{"a": 1, "b": 2, "a": 3}'), json.loads('{"\\u0061": 1, "a": 2, "b": {"b": 1, "b": 2}}'))
print(json.loads('[{"x": 1, "y": 2}, {"y": 3, "x": 4}, {"x": 5}]'))

kept = []


def hook(pairs):
    if pairs:
        kept.append(pairs[0])
        kept.append(pairs[-1])
    pairs.append(('extra', None))
    return tuple(pairs)


doc = json.loads('{"a": {"b": 1, "c": [2, 3]}, "d": {}, "e": {"f": {"g": null}}}', object_pairs_hook=hook)
print(doc)
del doc
gc.collect()
print(kept, [hash(p[0]) == hash(tuple(p)[0]) for p in kept], hash(kept[2]) == hash(("g", None)), kept[0] == ('b', 1), kept[0] < ('c', 0))
print(json.loads('{"z": 1, "a": 2, "z": 3}', object_pairs_hook=list))
print(json.loads('{"a": 1}', object_pairs_hook=dict), json.loads('[{}, {"q": 1}]', object_pairs_hook=lambda p: p))
pairs = json.loads('{"x": 1, "y": 2, "x": 3}', object_pairs_hook=lambda p: p)
p0 = pairs[0]
pairs.clear()
gc.collect()
print(p0, p0[0], p0[1], len(p0), p0 + ('more',), p0 * 2, list(reversed(p0)))
big = json.loads(json.dumps([{'id': i, 'name': 'n%d' % i, 'tags': ['a', 'b']} for i in range(2000)]))
print(len(big), big[1999], sum(r['id'] for r in big))
big_pairs = json.loads(json.dumps([{'id': i, 'v': i * 2} for i in range(2000)]), object_pairs_hook=lambda p: p[1][1])
print(len(big_pairs), big_pairs[-3:])
