# The native forms of uniform, gauss, choices, sample and getrandbits draw
# what random.py's Python forms draw, and hand every other case to them.
import random


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


r = random.Random(12345)
print([r.uniform(-1.0, 1.0) for _ in range(3)], r.uniform(3, 10), r.uniform(10, 3), r.uniform(2**60, 2**60 + 5))
print(r.uniform(1, 2.5), r.uniform(True, 2))
show("uniform str", lambda: r.uniform("a", "b"))
show("uniform kw", lambda: r.uniform(a=1.0, b=2.0))

print([r.gauss() for _ in range(3)], r.gauss(5), r.gauss(1.5, 2), r.gauss(mu=3.0, sigma=0.5))
r.gauss_next = 0.25
print(r.gauss(10.0, 2.0), r.gauss_next)
r.gauss_next = 2  # not a float: the Python form uses it as it is
print(r.gauss(1, 3), r.gauss_next)
print(r.gauss(2**70, 1.0), r.gauss(1.0, 2**60))
show("gauss str", lambda: r.gauss("a", 1.0))
show("gauss args", lambda: r.gauss(1.0, 2.0, 3.0))
r.seed(99)
st = r.getstate()
a = [r.gauss(0.0, 1.0) for _ in range(5)]
r.setstate(st)
print(a == [r.gauss(0.0, 1.0) for _ in range(5)])

seq = list(range(50))
print(r.choices(seq), r.choices(seq, k=5), r.choices(tuple("abcdef"), k=4), r.choices(seq, k=0), r.choices(seq, k=-3))
print(r.choices("xyz", k=3), r.choices(range(10), k=3), r.choices(seq, [1] * 50, k=3), r.choices(seq, cum_weights=range(1, 51), k=2))
show("choices empty", lambda: r.choices([], k=2))
show("choices empty k0", lambda: r.choices([], k=0))
show("choices k float", lambda: r.choices(seq, k=2.0))
show("choices positional weights", lambda: r.choices(seq, 3))

print(r.sample(seq, 5), r.sample(tuple(seq), 3), r.sample(seq, 0), r.sample(seq, k=4), r.sample(seq, 50) == sorted(seq))
big = list(range(10000))
print(r.sample(big, 7), r.sample(big, 30), len(set(r.sample(big, 2000))))
print(r.sample(range(1000), 5), r.sample("abcdefgh", 3), r.sample(['a', 'b', 'c'], 2, counts=[1, 2, 3]))
show("sample too many", lambda: r.sample(seq, 51))
show("sample negative", lambda: r.sample(seq, -1))
show("sample set", lambda: r.sample({1, 2, 3}, 2))
show("sample k float", lambda: r.sample(seq, 2.0))
show("sample no k", lambda: r.sample(seq))

print([r.getrandbits(64) for _ in range(4)], r.getrandbits(63), r.getrandbits(65), r.getrandbits(33), r.getrandbits(0))
print(r.randbytes(9))


class OwnRandom(random.Random):
    """Overrides random(): every method must draw through it."""

    i = 0

    def random(self):
        self.i += 1
        return self.i * 0.6180339887498949 % 1.0


o = OwnRandom(1)
print(o.uniform(0.0, 8.0), o.gauss(), o.gauss(), o.choices(seq, k=3), o.sample(seq, 3), o.choice(seq), o.randint(1, 8))


class OwnBits(random.Random):
    n = 0

    def getrandbits(self, k):
        self.n += 7
        return self.n % (1 << k)


b = OwnBits(1)
print(b.sample(seq, 3), b.choice(seq), b.randrange(10), b.gauss(1.0, 0.0))


class Logged(random.Random):
    def gauss(self, mu=0.0, sigma=1.0):
        v = super().gauss(mu, sigma)
        print("gauss ->", v)
        return v


Logged(3).gauss(2.0, 1.0)
random.seed(2024)
print(random.gauss(0.0, 1.0), random.uniform(-1.0, 1.0), random.choices([1, 2, 3], k=3), random.sample(range(100), 3))
