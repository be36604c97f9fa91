# Formatting tables and reports with f-strings.
rows = [('alice', 93.5, 12), ('bob', 7.25, 130), ('carol', 100.0, 1)]
header = f"{'name':<8}{'score':>8}{'count':>7}"
print(header)
print('-' * len(header))
for name, score, count in rows:
    print(f'{name:<8}{score:>8.2f}{count:>7d}')
total = sum(r[2] for r in rows)
print(f"{'total':<8}{'':>8}{total:>7}")
print(f'{total / len(rows):.3f} avg, {max(r[1] for r in rows):e} max')
for i in range(0, 17, 4):
    print(f'{i:3d} {i:#06x} {i:>#8b} {i / 16:6.1%}')
