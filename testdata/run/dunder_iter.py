class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)))
c = Countdown(2)
for x in c:
    print('loop', x)
print(list(c))
class Range2:
    def __init__(self, n): self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r), 2 in r, sorted(r, reverse=True), dict.fromkeys(r))
class NotIter: pass
try:
    iter(NotIter())
except TypeError as e:
    print(e)
try:
    for _ in 5: pass
except TypeError as e:
    print(e)
class BadIter:
    def __iter__(self): return 42
try:
    iter(BadIter())
except TypeError as e:
    print(e)
it = iter([1, 2, 3])
print(next(it), list(it), next(it, 'done'))
calls = iter(lambda: calls_list.pop(), 0)
calls_list = [0, 1, 2, 3]
print(list(calls))
class Rev:
    def __init__(self, d): self.d = d
    def __reversed__(self): return iter(self.d[::-1])
print(list(reversed(Rev([1, 2, 3]))))
