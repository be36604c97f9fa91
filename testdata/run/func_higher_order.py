def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def curry(f, n):
    def curried(*args):
        if len(args) >= n:
            return f(*args)
        return lambda *more: curried(*args, *more)
    return curried
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3))
def partial(fn, *pargs, **pkw):
    def call(*args, **kw):
        return fn(*pargs, *args, **{**pkw, **kw})
    return call
p = partial(print, 'prefix:', sep='|')
p('a', 'b')
p('c', sep='+')
def reduce(fn, seq, init):
    acc = init
    for x in seq:
        acc = fn(acc, x)
    return acc
print(reduce(lambda a, b: a * b, range(1, 8), 1), reduce(lambda a, s: a + len(s), ['ab', 'cde'], 0))
pipeline = [str.strip, str.lower, lambda s: s.replace(' ', '_')]
print(reduce(lambda acc, f: f(acc), pipeline, '  Hello Big World '))
print(list(filter(str.isupper, 'aBcDE')), list(map(len, ['', 'a', 'ab'])))
