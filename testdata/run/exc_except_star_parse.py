def run(excs):
    try:
        raise ExceptionGroup('batch', excs)
    except* (KeyError, IndexError) as g:
        print('lookup errors:', sorted(type(e).__name__ for e in g.exceptions))
    except* ValueError as g:
        print('value errors:', [str(e) for e in g.exceptions])
    except* Exception as g:
        print('others:', [type(e).__name__ for e in g.exceptions])
run([KeyError('k'), ValueError('v'), TypeError('t'), IndexError('i')])
run([ValueError('only')])
try:
    try:
        raise ExceptionGroup('g', [OSError('disk'), ZeroDivisionError('z')])
    except* OSError:
        print('handled OSError; ZeroDivisionError re-raised in a group')
except ExceptionGroup as eg:
    print(repr(eg), [type(e).__name__ for e in eg.exceptions])
for src in ['try:\n    pass\nexcept* (A, B):\n    pass', 'try:\n    pass\nexcept*:\n    pass',
            'try:\n    pass\nexcept* E:\n    pass\nexcept F:\n    pass',
            'try:\n    pass\nexcept* E:\n    break']:
    try:
        compile(src, '<star>', 'exec')
        print('compiles')
    except SyntaxError as e:
        print('SyntaxError:', e.msg)
