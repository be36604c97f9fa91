# Copies, slices, extends and sorts of long lists of heap objects (the
# compact storage, -X jit-off): the copy takes the compact storage too and
# must stay independent of the original; a sort puts the sorted items back
# into it, also when the key raises or the list changes during the sort.


def fresh(n=3000):
    out = []
    for i in range(n):
        out.append("k%05d" % ((i * 7919) % n))
    return out


l = fresh()
c = l[:]
d = l[1:]
e = l.copy()
f = list(l)
g = l[::2]
c[0] = 1
d.append(2.5)
e[-1] = None
f.extend(l)
g += g
print(l[0], l[-1], c[0], d[-2:], e[-2:], len(f), f[2999] == f[5999], len(g), g[1500] == g[0])
l.extend(l)
print(len(l), l[0] == l[3000], l[-1])
l += [7]
print(len(l), l[-2:])
h = []
h.extend(fresh())
h.extend(x for x in ["gen"])
print(len(h), h[-2:])

s = fresh()
s.sort()
print(s[:3], s[-1])
s.sort(key=lambda x: x[::-1], reverse=True)
print(s[:3])
s.append(4)
print(s[-2:])


def bad_key(x):
    if x == "k01500":
        raise KeyError(x)
    return x


s = fresh()
try:
    s.sort(key=bad_key)
except KeyError as err:
    print("KeyError", err, len(s), sorted(s) == sorted(fresh()))


def grow_key(x):
    s.append(x)
    return x


s = fresh()
try:
    s.sort(key=grow_key)
except ValueError as err:
    print("ValueError:", err, len(s))
s = fresh()
s.sort(key=len)
print(s[:2] == fresh()[:2], s[-1], 5 in s, "k00000" in s)
