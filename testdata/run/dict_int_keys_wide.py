# Int keys whose hashes reach past 30 bits (negative numbers, large ones)
# in dicts big enough to have an index: every way of reading and writing
# must probe the same slots.
keys = [-i for i in range(1, 400)] + [(1 << 40) + i for i in range(400)] + [i * 7919 for i in range(400)]
d = {}
for k in keys:
    d[k] = k * 2
print(len(d), all(d[k] == k * 2 for k in keys), all(k in d for k in keys))
print(sum(d.get(k, 0) for k in keys) == 2 * sum(keys))
for k in keys[::3]:
    del d[k]
print(len(d), sum(1 for k in keys if k in d), [k for k in keys[:6] if k in d])
for k in keys[::3]:
    d[k] = -1
print(len(d), d[-1], d[-2], d[1 << 40], d.get(-400, 'missing'))
from collections import defaultdict, Counter
g = defaultdict(int)
for k in keys:
    g[k] += 1
    g[-k] += 1
print(len(g), g[-5], g[5], Counter(k % 5 - 2 for k in keys).most_common(3))
s = {k: None for k in range(-2000, 2000, 3)}
print(len(s), -1999 in s, -2000 in s, 1999 in s, sum(1 for k in range(-2000, 2000) if k in s))
# Keys that agree in their low 30 bits collide for many probes, until the
# probe sequence takes in the hash's high bits.
coll = [i << 30 for i in range(1, 60)] + [-(i << 30) for i in range(1, 60)]
c = {}
for k in coll:
    c[k] = str(k)
print(len(c), all(c[k] == str(k) for k in coll), all(k in c for k in coll), c.get(60 << 30))
for k in coll[::2]:
    del c[k]
print(len(c), sum(k in c for k in coll), c.get(coll[1]), c.get(coll[0], 'gone'))
