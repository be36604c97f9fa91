log = []
def source(n):
    for i in range(n):
        log.append(f'produce {i}')
        yield i
def square(it):
    for x in it:
        log.append(f'square {x}')
        yield x * x
pipeline = square(source(5))
print(log)
print(next(pipeline), log)
log.clear()
print(list(pipeline), log)
g = (x for x in range(3))
print(list(g), list(g))
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print('generator finalized')
for v in gen_with_finally():
    print('got', v)
    break
import gc
gc.collect()
print('after break')
def zipper(*its):
    its = [iter(i) for i in its]
    while True:
        try:
            yield tuple([next(i) for i in its])
        except StopIteration:
            return
print(list(zipper('abc', range(5), [True, False, None])))
