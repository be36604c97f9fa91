try:
    raise ValueError('base')
except ValueError as e:
    e.add_note('first note')
    e.add_note('second note')
    print(e.__notes__)
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next)
def inner():
    raise KeyError('deep')
def outer():
    inner()
try:
    outer()
except KeyError as e:
    t = e.__traceback__
    lines = []
    while t:
        lines.append((t.tb_frame.f_code.co_name, t.tb_lineno))
        t = t.tb_next
    print(lines)
    e2 = e.with_traceback(None)
    print(e2 is e, e.__traceback__)
try:
    ValueError('x').add_note(42)
except TypeError as te:
    print(te)
ex = Exception('standalone')
print(ex.__traceback__, ex.__context__, ex.__cause__, hasattr(ex, '__notes__'))
