srcs = {
    'nonlocal at module': 'nonlocal x',
    'no binding': 'def f():\n    nonlocal x\n    x = 1',
    'global then nonlocal': 'def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x',
    'param declared global': 'def f(a):\n    global a',
    'use before global': 'def f():\n    x = 1\n    global x',
    'nonlocal ok': 'def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n    g()\n    return x',
    'class nonlocal': 'def f():\n    x = 1\n    class C:\n        nonlocal x\n        x = 2\n    return x',
}
for label, src in srcs.items():
    try:
        ns = {}
        exec(compile(src, '<scope>', 'exec'), ns)
        result = ns['f']() if 'f' in ns else None
        print(f'{label}: compiled, result={result}')
    except SyntaxError as e:
        print(f'{label}: SyntaxError: {e.msg} (line {e.lineno})')
