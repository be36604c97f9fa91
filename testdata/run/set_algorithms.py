def primes_upto(n):
    composite = set()
    for i in range(2, int(n ** 0.5) + 1):
        if i not in composite:
            composite.update(range(i * i, n + 1, i))
    return sorted(set(range(2, n + 1)) - composite)
print(primes_upto(60))
a = set(range(0, 30, 2))
b = set(range(0, 30, 3))
print(sorted(a & b), sorted(a ^ b)[:6], len(a | b), sorted(a - b)[:5])
print({x for x in range(10)} <= set(range(20)), frozenset([1]) < {1, 2}, {1, 2} > {1})
seen = set()
unique = [x for x in [3, 1, 3, 2, 1, 5] if not (x in seen or seen.add(x))]
print(unique)
groups = [{1, 2}, {2, 3}, {4}, {5, 4}]
merged = []
for g in groups:
    for m in merged:
        if m & g:
            m |= g
            break
    else:
        merged.append(set(g))
print([sorted(m) for m in merged])
print(set.union(*[{1}, {2}, {3}]), set.intersection(*[{1, 2, 3}, {2, 3}, {3, 2}]))
