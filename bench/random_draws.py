# random: a million draws of the common kinds (random, randint, choice,
# uniform, gauss, shuffle, sample) from a seeded generator. The checksum is
# the same under every implementation because the Mersenne Twister is.
import random

def main():
    random.seed(2024)
    acc = 0.0
    for _ in range(300000):
        acc += random.random()
    for _ in range(200000):
        acc += random.randint(1, 1000)
    seq = list(range(100))
    for _ in range(200000):
        acc += random.choice(seq)
    for _ in range(100000):
        acc += random.uniform(-1.0, 1.0)
    for _ in range(100000):
        acc += random.gauss(0.0, 1.0)
    for _ in range(200):
        random.shuffle(seq)
        acc += seq[0]
    for _ in range(2000):
        acc += sum(random.sample(seq, 10))
    acc += sum(random.choices(seq, k=50000))
    r = random.Random(7)
    acc += sum(r.getrandbits(64) for _ in range(50000)) % 1000003
    return acc


print("%.6f" % main())
