class Multiplier:
    def __init__(self, k): self.k = k
    def __call__(self, x, *rest, scale=1):
        return [v * self.k * scale for v in (x,) + rest]
m = Multiplier(3)
print(m(1), m(1, 2, 3), m(2, scale=10), callable(m), callable(Multiplier))
class Memo:
    def __init__(self, fn):
        self.fn, self.cache, self.hits = fn, {}, 0
    def __call__(self, *args):
        if args in self.cache:
            self.hits += 1
        else:
            self.cache[args] = self.fn(*args)
        return self.cache[args]
@Memo
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(60), slow_fib.hits, len(slow_fib.cache))
class NotCallable: pass
try:
    NotCallable()()
except TypeError as e:
    print(e)
try:
    'str'()
except TypeError as e:
    print(e)
