a, b = 3, 4
items = ['x', 'y']
print(f'{a + b = }')
print(f'{a*b=}')
print(f'{items[0]=}, {len(items)=}')
print(f'{a=:>5}|')
print(f'{b = !r:^7}|')
print(f'{"text"=}')
print(f'{(lambda: 5)()=}')
print(f'{a if a > b else b = }')
print(f'{ a = }')
