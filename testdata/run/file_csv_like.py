import os
path = '_kiln_test_file_csv_like.tmp'
rows = [('id', 'name', 'score'), (1, 'ann', 91.5), (2, 'bob', 78.0), (3, 'cy', 88.25)]
with open(path, 'w') as out:
    for row in rows:
        out.write(','.join(str(c) for c in row) + '\n')
with open(path) as inp:
    header = inp.readline().strip().split(',')
    records = []
    for line in inp:
        values = line.strip().split(',')
        rec = dict(zip(header, values))
        rec['id'] = int(rec['id'])
        rec['score'] = float(rec['score'])
        records.append(rec)
print(header)
for r in records:
    print(r)
avg = sum(r['score'] for r in records) / len(records)
print(f'average {avg:.3f}', 'best', max(records, key=lambda r: r['score'])['name'])
with open(path, 'a') as out:
    print('4,dee,99.9', file=out)
with open(path) as inp:
    print(sum(1 for _ in inp), 'lines')
os.remove(path)
