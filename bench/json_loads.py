# json: loads of a nested document of a few MB (objects, arrays, strings
# with escapes, ints and floats), with and without hooks. Prints counts and
# sums as the checksum.
import json


def make_text(n):
    seed = 4242
    parts = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        parts.append('{"id": %d, "name": "user-%d", "score": %d.%d, "active": %s, '
                     '"tags": ["t%d", "g%d", "\\u00fc\\n"], "geo": {"lat": %d.25, "lon": -%d.5e-1}, '
                     '"notes": %s, "nums": [%d, %d, %d]}'
                     % (i, seed % 100000, seed % 1000, seed % 97, 'true' if seed % 3 else 'false',
                        seed % 17, seed % 5, seed % 90, seed % 180,
                        'null' if seed % 4 else '"a \\"quoted\\" line"', seed % 7, seed % 11, seed % 13))
    return '{"version": 3, "records": [' + ',\n'.join(parts) + ']}'


text = make_text(25000)
total = 0
for i in range(3):
    doc = json.loads(text)
    recs = doc['records']
    total += len(recs) + sum(r['nums'][2] for r in recs)
fsum = sum(r['score'] for r in recs)
pairs = json.loads(text, object_pairs_hook=len)
print(len(text), total, round(fsum, 3), recs[-1], pairs)
