# Generator attributes and reentrancy.
def g():
    print('running:', gen.gi_running)
    yield gen.gi_frame is not None
gen = g()
print(gen.gi_running, gen.gi_frame is not None, gen.gi_code.co_name)
print(next(gen))
for _ in gen:
    pass
print(gen.gi_frame)
def reenter():
    yield next(r)
r = reenter()
try:
    next(r)
except ValueError as e:
    print(e)
def raises_stop():
    yield 1
    raise StopIteration('inside')
try:
    list(raises_stop())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
it = iter(g())
print(iter(it) is it, hasattr(it, '__next__'), g.__name__)
