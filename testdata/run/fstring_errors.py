for src in ['f"{}"', 'f"{!r}"', 'f"{x!z}"', 'f"{"', 'f"}"', 'f"{x:{y:{z}}}"']:
    try:
        compile(src, '<fstring>', 'eval')
        print('compiled', src)
    except SyntaxError as e:
        print('SyntaxError', e.msg)
try:
    f'{1:d}' + f'{"s":d}'
except ValueError as e:
    print('ValueError', e)
try:
    f'{undefined_name}'
except NameError as e:
    print('NameError', e)
