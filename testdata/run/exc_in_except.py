import sys
def show():
    e = sys.exception()
    return repr(e) if e else 'no exception'
try:
    raise ValueError('outer')
except ValueError:
    print(show())
    try:
        raise TypeError('inner')
    except TypeError:
        print(show())
    print(show())
print(show())
def gen():
    try:
        raise KeyError('in gen')
    except KeyError:
        yield show()
        yield show()
g = gen()
print(next(g))
print(show())
print(next(g))
