name = 'World'
n = 42
print(f'Hello, {name}!', F'{n}', f'{n + 1}', f'{name!r}', f'{name!s}', f'{"é"!a}')
print(f'{n=}', f'{n = }', f'{name=!r}', f'{n*2=}', f'{n=:>6}')
print(f'{{braces}} {n}', f'{{{n}}}', f'}}{{')
print(f'{[1, 2, 3]}', f'{ {"a": 1} }', f'{(1, 2)}', f'{len("abc")}')
x = 3.14159
print(f'{x:.2f}', f'{x:10.4}|', f'{n:#x}', f'{n:08b}', f'{1234567:,}')
width, prec = 12, 3
print(f'{x:{width}.{prec}f}|', f'{name:>{width}}|', f'{name:{"^"}{width}}|')
print(f'{"nested \"quotes\""}', f"{'single'}", f'''{"triple" + 'mix'}''')
print(f'{name.upper()}', f'{name[::-1]}', f'{n if n > 10 else 0}')
print(f'{3 + 4j}', f'{None}', f'{True}', f'{b"x"}')
print(f'multi {n} and {name} and {x:.1f}' f' concat {n}')
