# random: the same sequences as CPython for the same seeds.
import random

random.seed(42)
print([random.random() for _ in range(3)])
print([random.randint(1, 100) for _ in range(10)])
print([random.randrange(10) for _ in range(10)], random.randrange(0, 100, 7), random.randrange(10, 0, -3))
print(random.choice('abcdefg'), random.choice([1, 2, 3]), random.sample(range(100), 5), random.sample('abcdef', 3))
l = list(range(15)); random.shuffle(l); print(l)
print(random.getrandbits(1), random.getrandbits(32), random.getrandbits(64), random.getrandbits(200), random.getrandbits(0))
print(random.uniform(1, 5), random.triangular(), random.triangular(0, 10, 2))
print(random.gauss(), random.gauss(5, 2), random.normalvariate(), random.lognormvariate(0, 1), random.expovariate(), random.expovariate(3))
print(random.betavariate(2, 3), random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(5, 1))
print(random.paretovariate(3), random.weibullvariate(1, 2), random.vonmisesvariate(0, 4), random.vonmisesvariate(1, 0))
print(random.binomialvariate(10, 0.3), random.binomialvariate(100, 0.4), random.binomialvariate(50, 0.9), random.binomialvariate(1, 0.5))
print(random.choices('abc', k=5), random.choices('abc', weights=[1, 2, 7], k=6), random.choices('abc', cum_weights=[1, 1, 10], k=4))
print(random.sample(range(1000), 30), random.sample(['x', 'y'], counts=[3, 2], k=4))
print(random.randbytes(5))
for seed in [0, 1, -1, 12345678901234567890, 2**64, 'hello', b'bytes', bytearray(b'ba'), 3.5, -2.25, True, '']:
    r = random.Random(seed)
    print(repr(seed), r.random(), r.randint(0, 10**6))
r = random.Random('x'); r.seed('x', version=1); print(r.random())
random.seed(None); print(type(random.random()).__name__)
