def worker():
    try:
        while True:
            try:
                x = yield
                print('got', x)
            except ValueError as e:
                print('handled ValueError:', e)
                yield 'recovered'
    except GeneratorExit:
        print('GeneratorExit caught, cleaning up')
        raise
    finally:
        print('finally in worker')
w = worker()
next(w)
w.send(1)
print(w.throw(ValueError('bad value')))
next(w)
w.send(2)
w.close()
print('---')
def unhandled():
    yield 1
    yield 2
u = unhandled()
next(u)
try:
    u.throw(KeyError('k'))
except KeyError as e:
    print('propagated', repr(e))
print(list(u))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'nope'
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)
def never_started():
    print('never printed')
    yield
n = never_started()
n.close()
try:
    n.throw(TypeError('t'))
except TypeError as e:
    print('throw into unstarted:', e)
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return 'ignored value'
r = returns_on_close()
next(r)
print(r.close())
