def countdown(n):
    print('start')
    while n > 0:
        yield n
        n -= 1
    print('done')
g = countdown(3)
print(type(g).__name__, g.__name__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)
print(list(countdown(2)), sum(countdown(4)))
def with_return():
    yield 1
    return 'result'
g = with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print('value:', e.value)
print(next(iter([]), 'default'), next(countdown(0), 'empty'))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
squares = (x * x for x in range(5))
print(squares.__class__.__name__, list(squares), list(squares))
def inf():
    i = 0
    while True:
        yield i
        i += 1
for v in inf():
    if v > 4:
        break
    print(v, end=' ')
print()
