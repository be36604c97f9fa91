# The decoder's short string values and keys in a document long enough
# for its value cache: repeated values, the same text escaped and not,
# escaped keys followed by escaped values, colliding and long texts,
# surrogates, empty strings and hooks.
import json

values = ["", "a", "t5", "g2", "\u00fc\n", "a \"q\"", "\ud800", "\U0001f600",
          "x" * 16, "y" * 17, "tab\tin", "\\", "/", "null", "0"]
records = []
for i in range(400):
    records.append({
        "id": i,
        "v": values[i % len(values)],
        "w": values[(i * 7) % len(values)],
        "k\u00fc\n": "e\u00e9" if i % 2 else "e\\u00e9",
        "n%d" % (i % 50): "s%d" % (i % 300),
    })
text = json.dumps(records)
assert len(text) > 16384
doc = json.loads(text)
print(doc == records, len(doc))
print(doc[0], doc[1], doc[399])
print(sorted({r["v"] for r in doc}) == sorted(set(values)))
print([r["w"] for r in doc[:20]])
print([k for k in doc[5]])

# The same texts written with and without escapes decode to equal strs.
raw = '[' + ','.join(['"abc"', '"\\u0061bc"', '"a\\u0062c"', '"\\u00fc"', '"\u00fc"',
                      '"\\ud83d\\ude00"', '"\\ud800"', '""', '"\\"\\\\"']) + ']'
raw = '{"pad": "' + 'p' * 17000 + '", "items": ' + raw + '}'
items = json.loads(raw)["items"]
print(items, len(items[5]), [len(s) for s in items])
print(items[0] == items[1] == items[2], items[3] == items[4])

# Escaped keys, then escaped values: each key keeps its own text.
obj = json.loads('{' + ','.join('"k\\u00e9%d": "v\\n%d"' % (i % 3, i) for i in range(1200)) + '}')
print(sorted(obj.items()))

# Hooks see the same values.
pairs = json.loads(text, object_pairs_hook=lambda p: [k + "=" + str(v) for k, v in p])
print(pairs[3])
hooked = json.loads(text, object_hook=lambda d: d.get("v"))
print(hooked[:16])

# A short document has no cache and decodes the same.
print(json.loads('["t5", "t5", "\\u00fc"]'))
