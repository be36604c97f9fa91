# A seeded queueing simulation: random's generators must reproduce
# CPython's streams exactly for a seed, and collections' deque, Counter,
# namedtuple and defaultdict keep the statistics.
import random
from collections import Counter, defaultdict, deque, namedtuple

Customer = namedtuple("Customer", "id arrival service kind", defaults=("regular",))
print(Customer._fields, Customer._field_defaults, Customer(1, 0.0, 1.5))
print(Customer(2, 1.0, 2.0, "vip")._replace(kind="gold")._asdict())
try:
    Customer(1)
except TypeError as e:
    print("TypeError", e)
try:
    Customer._make([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print("ValueError", e)
try:
    namedtuple("Bad", ["a", "def"])
except ValueError as e:
    print("ValueError", e)
print(namedtuple("R", "a def _x", rename=True)._fields, namedtuple("P", ["x", "y"], module="geo").__module__)

rng = random.Random(2024)
print(rng.random(), rng.randint(1, 6), rng.randrange(10, 100, 5), rng.uniform(1.5, 2.5))
print(rng.choice("abcdef"), rng.choices(range(10), k=5), rng.choices("abc", weights=[5, 1, 1], k=6))
print(rng.choices("xyz", cum_weights=[1, 2, 10], k=4), rng.sample(range(100), 6), rng.sample("abcdef", k=3))
deck = list(range(12))
rng.shuffle(deck)
print(deck, rng.getrandbits(70), rng.randbytes(6).hex())
print(round(rng.gauss(0, 1), 12), round(rng.normalvariate(10, 2), 12), round(rng.expovariate(0.5), 12))
print(round(rng.triangular(0, 10, 3), 12), round(rng.betavariate(2, 3), 12), round(rng.gammavariate(2.5, 1.0), 12))
print(round(rng.lognormvariate(0, 0.5), 12), round(rng.vonmisesvariate(1, 2), 12), round(rng.paretovariate(3), 12))
print(round(rng.weibullvariate(1, 1.5), 12), rng.binomialvariate(20, 0.3), rng.binomialvariate(5, 0.9))
print(rng.sample(["a", "b", "c"], counts=[3, 1, 2], k=4), rng.randrange(5), rng.randrange(-10, -2))
state = rng.getstate()
a = [rng.random() for _ in range(3)]
rng.setstate(state)
print(a == [rng.random() for _ in range(3)], state[0], len(state[1]))
for seed in (0, 1, -7, 2**70, "kiln", b"kiln", bytearray(b"k"), 3.5, None):
    r = random.Random(seed)
    if seed is None:
        print("None", type(r.random()).__name__)
        continue
    print(repr(seed), r.random(), r.randrange(1000))
r1 = random.Random()
r1.seed(42, version=1)
print(r1.random())
random.seed(99)
print(random.random(), random.randint(0, 9), random.choice([10, 20, 30]))


class Sim:
    def __init__(self, seed, servers=2):
        self.rng = random.Random(seed)
        self.queue = deque()
        self.free = servers
        self.stats = Counter()
        self.waits = defaultdict(list)

    def arrivals(self, n):
        t = 0.0
        for i in range(n):
            t += self.rng.expovariate(1.2)
            kind = "vip" if self.rng.random() < 0.2 else "regular"
            yield Customer(i, round(t, 4), round(self.rng.uniform(0.5, 2.0), 4), kind)

    def run(self, n):
        busy_until = []
        for c in self.arrivals(n):
            busy_until = [b for b in busy_until if b > c.arrival]
            if len(busy_until) < self.free:
                start = c.arrival
            else:
                start = min(busy_until)
                busy_until.remove(start)
            busy_until.append(start + c.service)
            self.queue.append(c.id)
            if len(self.queue) > 5:
                self.queue.popleft()
            self.stats[c.kind] += 1
            self.waits[c.kind].append(round(start - c.arrival, 4))
        return self


s = Sim(7).run(40)
print(s.stats, s.stats.most_common(1), sorted(s.stats.elements())[:3], s.stats.total())
print(list(s.queue), s.queue.maxlen, {k: round(sum(v) / len(v), 4) for k, v in sorted(s.waits.items())})
c = Counter(a=3, b=1) + Counter(a=1, c=2)
print(c, c - Counter(a=10), c & Counter(a=2, c=5), c | Counter(b=7), -Counter(a=-2, b=3), +Counter(a=-1, b=1))
c.subtract(b=5)
print(c, c.most_common(), Counter("abracadabra").most_common(3), repr(Counter()))
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter({"x": 2}).keys())
dq = deque(range(5), maxlen=4)
dq.rotate(1)
dq.appendleft(-1)
dq.extend([7, 8])
print(dq, dq.index(7), dq.count(8), dq[1], dq[-1], repr(deque()), deque("ab") + deque("c"), deque([1]) * 3)
dq.rotate(-2)
dq.remove(7)
print(dq, list(reversed(dq)), dq.pop(), dq.popleft(), len(dq), 8 in dq)
dq.insert(1, "i")
print(dq, dq.copy(), dq == deque(dq), deque([1, 2]) < deque([1, 3]))
dd = defaultdict(int)
for w in "the cat and the hat and the bat".split():
    dd[w] += 1
print(sorted(dd.items()), repr(defaultdict(list)), dd.default_factory, dd["zzz"], len(dd))
for bad in (lambda: rng.choice([]), lambda: rng.randrange(0), lambda: rng.randrange(1, 1), lambda: rng.randrange(1.5),
            lambda: rng.randint(5, 1), lambda: rng.sample(range(3), 5), lambda: rng.sample({1, 2}, 1),
            lambda: rng.choices([1, 2], weights=[1]), lambda: rng.choices([1], weights=[0]),
            lambda: rng.choices([1], [1], cum_weights=[1]), lambda: rng.getrandbits(-1), lambda: rng.shuffle("abc"),
            lambda: random.Random([1]), lambda: rng.setstate((9, (), None)), lambda: rng.uniform("a", 1),
            lambda: rng.binomialvariate(-1), lambda: rng.expovariate(0), lambda: rng.randrange(0, 10, 0),
            lambda: deque([1]).index(5), lambda: deque([], 1).pop(), lambda: deque(maxlen=-1),
            lambda: deque([1, 2], maxlen=2).insert(0, 3), lambda: Counter(a="x").most_common(), lambda: Counter(1)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
