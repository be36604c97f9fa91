# exec(), eval() and compile() of the same text again: Kiln reuses the
# first compilation (vm/runtime/exec_cache.go). Every call must still give
# new code objects and functions, with the text's own line numbers and
# file name, the flags of its own call, and its warnings each time.
import sys
import traceback
import warnings

SRC = '''\
def outer(a):
    def inner(b):
        if b < 0:
            raise ValueError('negative: %d' % b)
        return a + b
    return inner
value = outer(10)(5)
'''

spaces = []
for i in range(3):
    g = {}
    exec(SRC, g)
    spaces.append(g)
print([g['value'] for g in spaces])

f1, f2 = spaces[0]['outer'], spaces[1]['outer']
print(f1 is f2, f1.__code__ is f2.__code__)
def nested_codes(f):
    return [c for c in f.__code__.co_consts if type(c) is type(f.__code__)]
n1, n2 = nested_codes(f1), nested_codes(f2)
print(len(n1), len(n2), n1[0] is n2[0], n1[0].co_name, n1[0].co_firstlineno)
print(f1.__code__.co_name, f1.__code__.co_filename, f1.__code__.co_firstlineno)
print(f1.__globals__ is spaces[0], f2.__globals__ is spaces[1])
i1, i2 = f1(1), f2(2)
print(i1.__code__ is i2.__code__, i1(0), i2(0))

# A change to one function leaves the others alone.
f1.__qualname__ = 'Renamed.outer'
f1.attr = 1
print(f1.__qualname__, f2.__qualname__, hasattr(f2, 'attr'))

# The same line numbers in every traceback.
for g in spaces[:2]:
    try:
        g['outer'](1)(-3)
    except ValueError as e:
        tb = e.__traceback__
        lines = []
        while tb is not None:
            lines.append((tb.tb_frame.f_code.co_filename, tb.tb_lineno, tb.tb_frame.f_code.co_name))
            tb = tb.tb_next
        print(e, lines[1:])
        print(traceback.format_exception_only(e))
try:
    spaces[2]['outer'](0)(-1)
except ValueError:
    traceback.print_exc(file=sys.stdout)

# compile(): the file name and the mode are part of what is compiled.
ca = compile(SRC, 'a.py', 'exec')
cb = compile(SRC, 'b.py', 'exec')
ca2 = compile(SRC, 'a.py', 'exec')
print(ca.co_filename, cb.co_filename, ca2.co_filename, ca is ca2)
ga, gb = {}, {}
exec(ca, ga)
exec(cb, gb)
try:
    gb['outer'](0)(-1)
except ValueError as e:
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    print(tb.tb_frame.f_code.co_filename, tb.tb_lineno)
print(eval(compile('1 + 2', 'e', 'eval')), eval(compile('1 + 2', 'e', 'eval')))
print(type(compile('1 + 2', 'e', 'single')).__name__)

# eval of one text against different globals.
for x in range(3):
    print(eval('x * 10 + len(s)', {'x': x, 's': 'ab'[:x]}), end=' ')
print()
print(eval('  x', {'x': 'leading blanks'}))

# bytes and str of the same text.
g = {}
exec(b'y = "bytes"', g)
exec('y = g_y = "str"', g)
print(g['y'], g['g_y'])

# Future flags: inherited from the caller unless dont_inherit; the same
# text compiles differently with and without annotations.
ANN = 'def h(p: undefined_name) -> int: pass\n'
import __future__
flag = __future__.annotations.compiler_flag
g = {}
exec(compile(ANN, 'ann', 'exec', flags=flag, dont_inherit=True), g)
print(g['h'].__annotations__)
try:
    exec(compile(ANN, 'ann', 'exec', dont_inherit=True), {})
except NameError as e:
    print('NameError:', e)
g = {}
exec(compile(ANN, 'ann', 'exec', flags=flag, dont_inherit=True), g)
print(g['h'].__annotations__)

# A warning is issued every time the text is compiled.
WARN = 'w = "\\d"\n'
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    for _ in range(3):
        exec(WARN, {})
print([(w.category.__name__, str(w.message), w.lineno) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        exec(WARN, {})
    except SyntaxError as e:
        print('SyntaxError:', e.msg, e.lineno)

# A syntax error each time.
for _ in range(2):
    try:
        exec('def f(:\n    pass\n', {})
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.filename)

# Classes and closures made from one text in a loop are independent.
CLS = '''\
def factory(default):
    class K:
        def __init__(self, v=default):
            self.v = v
        def get(self):
            return self.v
    return K
'''
classes = []
for n in range(50):
    g = {}
    exec(CLS, g)
    classes.append(g['factory'](n))
print(sum(K().get() for K in classes), len({K for K in classes}),
      len({K.get for K in classes}), len({id(K.get.__code__) for K in classes}) == 50)
