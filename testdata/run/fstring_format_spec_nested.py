import math
for width in (6, 10):
    for align in '<^>':
        print(f'[{math.pi:{align}{width}.3f}]', end=' ')
    print()
fill = '*'
print(f'{"x":{fill}^9}', f'{42:{fill}>{2 + 4}}', f'{1234.5678:{","}.{2}f}')
spec = '>8.2%'
print(f'{0.4567:{spec}}', format(0.4567, spec))
data = {'n': 3, 'vals': [1.5, 2.25]}
print(f"{data['n']:03d} {data['vals'][1]:+.1e} {len(data):#x}")
print(f'{"%":>3}{100:>5}', f'{-0.0:.1f}', f'{1e-7:.2g}', f'{12345.6789:.3g}')
print(f'{True!s:>6}|{None!r:<6}|{3:=^+7}|')
print(f'{"left":<{5 + 3}}|', f"{'é':^5}|", f'{"tab":->6}')
