# random: getstate/setstate, Random instances, subclasses, errors.
import random

r = random.Random(99)
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
print(a == [r.random() for _ in range(3)], state[0], len(state[1]), state[1][-1], state[2])
r.gauss(); s2 = r.getstate(); g = r.gauss(); r.setstate(s2); print(g == r.gauss(), s2[2] is not None)
r2 = random.Random(); r2.setstate(r.getstate()); print(r2.random() == r.random())

class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)
d = Dice(7); print([d.roll() for _ in range(10)], isinstance(d, random.Random))

class Constant(random.Random):
    def random(self):
        return 0.5
c = Constant(); print(c.random(), c.randrange(10), c.choice('abcd'), c.uniform(0, 2))

class Bits(random.Random):
    def getrandbits(self, k):
        return (1 << k) // 3
b = Bits(1); print(b.randrange(8), b.getrandbits(3))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: random.Random([1]))
show(lambda: random.choice([]))
show(lambda: random.randrange(0))
show(lambda: random.randrange(5, 5))
show(lambda: random.randrange(1, 10, 0))
show(lambda: random.randrange(1, 5, -1))
show(lambda: random.randrange(1.5))
show(lambda: random.sample([1, 2], 3))
show(lambda: random.sample({1, 2}, 1))
show(lambda: random.getrandbits(-1))
show(lambda: random.choices('ab', [1, 2], cum_weights=[1, 2]))
show(lambda: random.choices('ab', [1]))
show(lambda: random.choices('ab', 3))
show(lambda: random.choices('ab', weights=[0, 0]))
show(lambda: random.gammavariate(-1, 1))
show(lambda: random.binomialvariate(-1))
show(lambda: random.Random().setstate((3, (1, 2), None)))
show(lambda: random.Random().setstate((9, (), None)))
show(lambda: random.Random().setstate((3, tuple([0] * 624 + [625]), None)))
print(random.Random.__mro__[1], random.SystemRandom().random() < 1, len(random.__all__))
