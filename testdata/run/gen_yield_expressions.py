def g():
    x = yield
    print('x =', x)
    y = yield x * 2
    print('y =', y)
    z = (yield) or 'default'
    print('z =', z)
    w = yield from [10, 20]
    print('w =', w)
    return 'end'
it = g()
print(next(it))
print(it.send(5))
print(it.send('why'))
print(it.send(None))
print(next(it))
try:
    next(it)
except StopIteration as e:
    print('returned', e.value)
def yield_in_expressions():
    a = 1 + (yield 'first')
    b = [(yield 'second'), (yield 'third')]
    yield a, b
y = yield_in_expressions()
print(next(y), y.send(10), y.send('p'), y.send('q'))
def lambda_gen():
    f = lambda: (yield 1)
    return list(f())
print(lambda_gen())
