# json.loads of strings with escapes (decoded into a scratch buffer the
# decoder reuses, then copied once): values and keys of every length
# class, next to each other, nested, with surrogates, and through the
# pairs hook.
import json

for n in (0, 1, 15, 16, 17, 32, 33, 64, 65, 300):
    body = "x" * n
    doc = '["%s\\n", "\\t%s", "%s", {"k\\u00fc%s": "\\"%s\\""}]' % (body, body, body, body, body)
    v = json.loads(doc)
    k = list(v[3])[0]
    print(n, [len(s) for s in v[:3]], len(k), len(v[3][k]), ascii(v[0][-3:]), ascii(v[1][:3]), ascii(k[:3]))

doc = r'''{"a\nb": "1\t2", "a\nb2": ["\u00e9", "\ud83d\ude00", "\udc80x", "\\", "\/", "\b\f\r"],
 "plain": "no escapes", "nested": {"a\nb": "again \"q\"", "list": ["\u0041\u0042", "tail\n"]}}'''
v = json.loads(doc)
print(ascii(v))
print(list(v) == ["a\nb", "a\nb2", "plain", "nested"], list(v)[0] is list(v["nested"])[0])
pairs = json.loads(doc, object_pairs_hook=lambda kv: kv)
print(ascii(pairs))
recs = json.loads("[" + ",".join('{"n\\u00e4me": "v%d\\n", "id": %d}' % (i, i) for i in range(50)) + "]")
print(len(recs), ascii(recs[7]), ascii(recs[49]), all(list(r)[0] == "n\u00e4me" for r in recs))
for bad in ('"abc\\', '"\\x"', '"\\u12"', '{"a\\n": 1, "b\\q": 2}', '["ok\\n", "unterminated\\n'):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e)
