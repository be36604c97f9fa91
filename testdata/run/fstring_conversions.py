class Thing:
    def __repr__(self): return 'Thing()'
    def __str__(self): return 'a thing'
    def __format__(self, spec): return f'thing[{spec}]'
t = Thing()
print(f'{t}', f'{t!s}', f'{t!r}', f'{t!a}', f'{t:spec}', f'{t!r:>10}', f'{t!s:*<10}')
print(f'{"tab\there"!r}', f'{"ü"!a}', f'{"x"!r:5}|')
print(f'{t = }', f'{t = !s}', f'{t=:abc}')
print(format(t, 'fmt'), str(t), repr(t))
