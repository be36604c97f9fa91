data = [5, 3, 0, 8, 1]
it = iter(data)
reader = iter(lambda: next(it), 0)
print(list(reader), list(it))
class Counter:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Counter(), 4)))
lines = iter(['a\n', 'b\n', '', 'c\n'])
print([l.strip() for l in iter(lines.__next__, '')])
e = enumerate(iter('xyz'), 1)
print(next(e), next(e), list(e), list(e))
z = zip('ab', iter([1, 2, 3]))
print(list(z))
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m), list(m))
f = filter(None, [0, 1, 0, 2])
print(list(f), iter(f) is f)
r = reversed([1, 2, 3])
print(next(r), list(r), r.__length_hint__() if hasattr(r, '__length_hint__') else None)
try:
    iter(5, 1)
except TypeError as e:
    print(e)
