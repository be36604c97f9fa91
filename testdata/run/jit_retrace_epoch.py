# Retracing: compiled loops whose entries keep failing a guard that no
# bridge can serve are thrown away and traced again under the new
# conditions: the type epoch after a class attribute is added, a loop
# reading a global that the module rebinds (and whose other globals the
# module writes all the time), and a function whose branch flips.


class P:
    def __init__(self, x):
        self.x = x


def total_x(ps):
    t = 0
    for p in ps:
        t += p.x
    return t


G = 3


def add_g(n):
    t = 0
    for i in range(n):
        t += G
    return t


def shape(x):
    a = x * 2 + 1
    b = a * a + x
    c = b % 1000
    d = c * 3 + a
    if x > 1000:
        d = d + 1
    e = d - b + c
    f = e % 777 + a
    g = f * 3 - d
    h = g + c - b
    return h % 10007 + f


ps = [P(i) for i in range(50)]
total = 0
for k in range(4000):
    total += total_x(ps)
    total += add_g(20)
    if k == 1000:
        P.y = 1  # a new class attribute: the type epoch advances
    if k == 2000:
        G = 4
    if k == 3000:
        P.x = 0  # a class attribute shadowed by every instance's own
print(total)

out = []
for i in range(8000):
    out.append(shape(i if i < 4000 else i - 8000))
print(sum(out), out[:3], out[-3:])
