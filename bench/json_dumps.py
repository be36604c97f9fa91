# json: dumps of a nested document of a few MB, compact, indented and with
# sorted keys. Prints the lengths and slices of the output as the checksum.
import json


def make_doc(n):
    seed = 777
    records = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        records.append({
            'id': i,
            'name': 'user-%d' % (seed % 100000),
            'score': (seed % 100000) / 7.0,
            'active': seed % 3 == 0,
            'tags': ['t%d' % (seed % 17), 'g%d' % (seed % 5), 'ü' if seed % 11 == 0 else 'plain'],
            'address': {'street': '%d Main St' % (seed % 999), 'zip': '%05d' % (seed % 99999),
                        'geo': [seed % 180 - 90.5, seed % 360 - 180.25]},
            'notes': None if seed % 4 else 'line1\nline2 "quoted" \\ tab\t',
            'history': [{'t': j, 'v': seed % (j + 2)} for j in range(seed % 4)],
        })
    return {'version': 3, 'count': n, 'records': records, 'meta': {'source': 'kiln', 'ok': True}}


doc = make_doc(12000)
out = []
for i in range(3):
    s = json.dumps(doc)
    out.append(len(s))
s2 = json.dumps(doc, indent=2)
s3 = json.dumps(doc, sort_keys=True, separators=(',', ':'))
s4 = json.dumps(doc, ensure_ascii=False)
out += [len(s2), len(s3), len(s4)]
print(out, s[:80], s2[-60:], s3[1000:1080])
