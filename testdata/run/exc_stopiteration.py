it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value)
e = StopIteration(5)
print(e.value, e.args)
def g():
    return (yield 1)
x = g()
next(x)
try:
    x.send('sent')
except StopIteration as s:
    print('value', s.value)
try:
    next(5)
except TypeError as e:
    print(e)
class Broken:
    def __iter__(self): return self
    def __next__(self): raise ValueError('from __next__')
try:
    for _ in Broken():
        pass
except ValueError as e:
    print(e)
