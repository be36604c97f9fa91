def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
g = accumulator()
print(g.send(None), g.send(5), g.send(10), g.send(-3))
try:
    g.send(None)
except StopIteration as e:
    print('finished with', e.value)
g2 = accumulator()
try:
    g2.send(1)
except TypeError as e:
    print(e)
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print('echo closing, got', received)
e = echo()
next(e)
e.send('a'); e.send('b')
e.close()
e.close()
print('after close')
try:
    next(e)
except StopIteration:
    print('StopIteration after close')
def averager():
    total = count = 0
    avg = None
    while True:
        term = yield avg
        total += term
        count += 1
        avg = total / count
a = averager()
next(a)
print([a.send(v) for v in (10, 30, 5)])
