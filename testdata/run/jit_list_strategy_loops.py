# Loops over long lists of heap objects (the lists that take the compact
# storage when the JIT is off) run by compiled code: appends, indexing,
# item stores, iteration, join, and a type change in the middle of a loop.


class P:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x


def build(n):
    out = []
    for i in range(n):
        out.append(P(i))
    return out


ps = build(3000)
total = 0
for p in ps:
    total += p.x
print(len(ps), total)
for i in range(len(ps)):
    if i % 1000 == 999:
        ps[i] = i  # an int where objects were
s = 0
for q in ps:
    s += q if isinstance(q, int) else q.x
print(s)
names = []
for i in range(2500):
    names.append("n%d" % i)
    if i == 2000:
        names.append(1)
try:
    print(len(",".join(names)))
except TypeError as e:
    print("TypeError:", e)
names.remove(1)
print(len(",".join(names)))
acc = 0
i = 0
while i < len(names):
    acc += len(names[i])
    i += 1
print(acc)
try:
    for i in range(10**9):
        acc += len(names[i])
except IndexError as e:
    print("IndexError:", e, acc)
