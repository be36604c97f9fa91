def inner():
    x = yield 'inner-1'
    print('inner received', x)
    y = yield 'inner-2'
    print('inner received', y)
    return 'inner-result'
def outer():
    result = yield from inner()
    print('outer got', result)
    yield from range(2)
    yield from 'ab'
    return 'outer-done'
g = outer()
print(next(g))
print(g.send('A'))
print(g.send('B'))
print(list(g))
def flatten(xs):
    for x in xs:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))
def delegating():
    try:
        yield from thrower()
    except ZeroDivisionError:
        print('outer saw ZeroDivisionError')
    yield 'after'
def thrower():
    try:
        yield 1
    except ValueError:
        print('inner handled ValueError')
        yield 'inner-recovered'
d = delegating()
print(next(d))
print(d.throw(ValueError))
print(d.throw(ZeroDivisionError))
def closer():
    try:
        yield 1
    finally:
        print('inner finally on close')
def wrap():
    yield from closer()
w = wrap()
next(w)
w.close()
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
