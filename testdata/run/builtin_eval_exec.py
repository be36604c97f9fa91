print(eval('1 + 2 * 3'), eval('x * 2', {'x': 21}), eval('[a, b]', {'a': 1}, {'b': 2}))
ns = {}
exec('def sq(n):\n    return n * n\nresult = sq(12)', ns)
print(ns['result'], ns['sq'](3), sorted(k for k in ns if k != '__builtins__'))
code = compile('y = 10\nprint("compiled", y)', '<string>', 'exec')
exec(code)
print(type(code).__name__, code.co_filename, code.co_name)
expr = compile('40 + 2', '<expr>', 'eval')
print(eval(expr))
single = compile('1 + 1', '<single>', 'single')
exec(single)
x = 'global x'
def f():
    x = 'local x'
    return eval('x'), eval('x', globals())
print(f())
loc = {'v': 1}
exec('v += 1\nw = v * 10', {}, loc)
print(loc)
print(eval('__builtins__ is not None'), eval('len("abc")', {'__builtins__': {'len': len}}))
try:
    eval('len("x")', {'__builtins__': {}})
except NameError as e:
    print(e)
try:
    eval('1 + * 2')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))
try:
    exec('return 5')
except SyntaxError as e:
    print(e.msg)
try:
    compile('x', '<f>', 'bogus')
except ValueError as e:
    print(e)
print(eval(' 7 '), eval('\t(3)\n'))
