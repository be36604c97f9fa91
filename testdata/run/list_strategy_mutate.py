# Every list operation on a list in the compact storage (heap objects
# only, more than 1024 items), each on a fresh list: item and slice
# assignment, deletion, insert, pop, remove, sort with a key, reverse,
# repetition, extend from a generator, comparison, unpacking and mutation
# during iteration. The -X jit-off flag keeps the interpreter alone.


def fresh(n=2048):
    out = []
    for i in range(n):
        out.append("w%04d" % i)
    return out


def show(tag, l):
    print(tag, len(l), l[:3], l[-3:])


l = fresh()
l[0] = "first"
l[-1] = None
l[5] = 5
show("setitem", l)
l = fresh()
l[10:20] = ["a", "b"]
show("slice-assign shorter", l)
l[0:0] = [1, 2, 3]
show("slice-assign int", l)
l = fresh()
l[::2] = ["e"] * 1024
show("extended slice", l)
try:
    l[::2] = ["x"]
except ValueError as e:
    print("ValueError:", e)
l = fresh()
del l[::3]
show("del extended", l)
del l[0]
del l[-1]
del l[100:200]
show("del", l)
l = fresh()
l.insert(0, "head")
l.insert(-1, 99)
l.insert(10**6, "tail")
show("insert", l)
l = fresh()
print(l.pop(), l.pop(0), l.pop(-2), len(l))
l.remove("w0100")
try:
    l.remove("nope")
except ValueError as e:
    print("ValueError:", e)
print(l.index("w0200"), l.count("w0300"), len(l))
l = fresh()
l.sort(key=lambda s: s[::-1])
show("sort key", l)
l.sort(reverse=True)
show("sort reverse", l)
l.reverse()
show("reverse", l)
l = fresh()
r = l * 2
show("repeat", r)
l *= 2
show("inplace repeat", l)
l = fresh()
l += (x for x in ["g1", "g2"])
l.extend(i for i in range(3))
l.extend(range(2))
show("extend generator", l)
z = [0] * 3000
z.append("s")
z[0] = None
print(len(z), z[:2], z[-2:], z.count(0))
l = fresh()
m = fresh()
print(l == m, l < m, l != m + [None])
m[2047] = "w9999"
print(l == m, l < m)
a, b, *rest = fresh()
print(a, b, len(rest), rest[-1])
print(tuple(fresh())[-1], list(fresh())[-1], sorted(fresh())[0], max(fresh()), min(fresh()))
print(list(reversed(fresh()))[:2], list(enumerate(fresh()))[-1], list(zip(fresh(), range(3))))
l = fresh()
c = l.copy()
c[0] = 1
print(l[0], c[0], l[1:4], l[::-512], l[-3::2])
l.clear()
l.append("again")
print(l)

# Mutation during iteration.
l = fresh()
n = 0
for x in l:
    if n < 5:
        l.append(n)
    n += 1
print(n, len(l), l[-6:])
l = fresh()
seen = 0
for x in l:
    seen += 1
    if len(l) > 1000:
        l.pop()
print(seen, len(l))
l = fresh()
it = iter(l)
next(it)
l[1] = 1.5
print(next(it), next(it), it.__length_hint__())
rit = reversed(l)
print(next(rit), rit.__length_hint__())
print(len(list(it)))
