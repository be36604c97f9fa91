def coroutine(fn):
    def start(*a, **k):
        g = fn(*a, **k)
        next(g)
        return g
    return start
@coroutine
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)
@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)
@coroutine
def counter(target):
    n = 0
    try:
        while True:
            item = yield
            n += 1
            target.send(f'{n}: {item}')
    except GeneratorExit:
        print('counter closed after', n, 'items')
p = counter(grep('py', printer('>>')))
for line in ['python rocks', 'go is fine', 'pypy too', 'kiln runs py', 'done']:
    p.send(line)
p.close()
def running_max():
    best = None
    while True:
        v = yield best
        if best is None or v > best:
            best = v
rm = running_max()
next(rm)
print([rm.send(v) for v in [3, 1, 4, 1, 5, 9, 2, 6]])
