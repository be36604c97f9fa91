values = [0, 1, -1, 42, 3.5, -2.25, 1e10, 'text', True, None]
for v in values:
    try:
        print(repr(v), '|', format(v, ''), '|', format(v, '>8'), '|', format(v, '^10') + '|')
    except TypeError as e:
        print(repr(v), 'TypeError', e)
for spec in ['d', 'x', 'o', 'b', 'e', 'f', 'g', '%', 'n', 'c', ',', '_', '+', ' ', '010', '.3']:
    row = []
    for v in (255, 2.5):
        try:
            row.append(format(v, spec))
        except ValueError as e:
            row.append(f'ValueError({e})')
    print(f'{spec:>4}:', row)
print(format(True, 'd'), format(False, '>5'), format(None, '') + '!')
try:
    format(None, 'd')
except TypeError as e:
    print(e)
