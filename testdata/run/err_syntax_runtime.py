srcs = ['x = = 1', 'def f(:\n  pass', 'print("unclosed', '1 = x', 'f() = 3', 'del f()', 'a + 1 = 2',
        'for x in range(3):\npass', 'if True:\n    x = 1\n  y = 2', 'return 1', 'break', 'continue',
        'x = [1, 2', '(1, 2', 'lambda x: yield', 'class A(:', 'import', 'from x import', 'def f(a, a): pass',
        'def f(a=1, b): pass', 'f(a=1, 2)', 'f(**k, *a)', 'x += 1, 2 = 3', '"abc" "def" = 1', 'None = 1',
        'True = 0', '__debug__ = 1', 'nonlocal x', 'def f():\n    global x\n    x = 1\n    nonlocal x',
        'a, *b, *c = d', '*a = b', 'print 1', 'x = 1 if 2', '[x for x in]', '0777', '1_', '0b2', '1__0',
        'x = "\\N{NOT A NAME}"', "f'{'", 'yield = 1', 'def f():\n  x = 1\n   y = 2',
        'pass\n\tpass', 'try:\n  pass', 'else: pass', '@dec\nx = 1', "'''never closed", 'x = (1 +\n',
        'def f(*): pass', 'def f(*, **k): pass', 'class C: return', 'a := 1', 'with a as 1: pass',
        'x = {1: 2, 3}', 'f(x for x in y, 1)', 'def f(x, /, y, /): pass']
for src in srcs:
    try:
        compile(src, '<test>', 'exec')
        print(repr(src), '-> compiled')
    except SyntaxError as e:
        print(f'{type(e).__name__}: {e.msg} (line {e.lineno}, offset {e.offset})')
compile('def broken(:\n    pass\n', 'broken_module.py', 'exec')
