# json: round trips of nested documents, unicode, big numbers and deep nesting.
import json

doc = {'users': [{'id': i, 'name': 'n%d' % i, 'ratio': i / 7, 'big': 10 ** (i * 3), 'neg': -i, 'ok': i % 2 == 0,
                  'tags': ['é', '日本', '😀', '\x00\n'], 'none': None} for i in range(8)],
       'empty': {'l': [], 'd': {}, 's': ''}, 'floats': [0.1, 1e-7, 1e22, 2.5, -0.0, 3.0]}
for kw in [{}, {'indent': 2}, {'sort_keys': True}, {'ensure_ascii': False}, {'separators': (',', ':')}, {'indent': '\t', 'sort_keys': True}]:
    s = json.dumps(doc, **kw)
    back = json.loads(s)
    print(kw, len(s), back == doc, s[:70].replace('\n', '|'))
deep = []
cur = deep
for i in range(200):
    cur.append([])
    cur = cur[0]
s = json.dumps(deep)
print(len(s), json.loads(s) == deep, s[:10])
d = {'a': [1, 2, {'b': None}]}
print(json.dumps(d, indent=3))
print(json.loads(json.dumps('\ud800')) == '\ud800', json.dumps('\udcff'), json.dumps('\udcff', ensure_ascii=False) == '"\udcff"')
print(json.loads('{"__proto__": 1, "x": {"y": {"z": [[], {}]}}}'))
print(json.loads('  [1, 2, 3]  '), json.loads('1') + 1, json.loads('"\\/"'), json.loads('[1e2, 1E-2, -0.0, 10]'))
