# Dict reads, `in` and stores with small int keys and int values in
# compiled loops (jit/helper.go): a graph search's dist/seen maps, d.get
# with a default, d[k] += 1, and a dict growing (resized) inside the loop.


def counts(n):
    d = {}
    for i in range(n):
        k = i % 37
        d[k] = d.get(k, 0) + 1
    return sorted(d.items())[:5], len(d)


def seen_walk(n):
    seen = {0: 0}
    order = 0
    for i in range(1, n):
        k = (i * 7919) % 500
        if k not in seen:
            order += 1
            seen[k] = order
        else:
            order += seen[k] & 3
    return order, len(seen)


def grow(n):
    d = {}
    t = 0
    for i in range(n):
        d[i] = i * 2  # resized many times inside the loop
        t += d[i // 2]
    return t, len(d)


def augmented(n):
    d = {k: 0 for k in range(10)}
    for i in range(n):
        d[i % 10] += i
    return d


def dist_relax(n):
    dist = {0: 0}
    for u in range(n):
        du = dist.get(u, 1 << 60)
        for v in (u + 1, u + 3):
            nd = du + (u * 7 + v) % 5 + 1
            if nd < dist.get(v, 1 << 60):
                dist[v] = nd
    return dist[n - 1], len(dist)


def negative_and_big_keys(n):
    d = {}
    for i in range(n):
        d[-i] = i
        d[i * 1000003] = -i
    t = 0
    for i in range(n):
        t += d[-i] - d.get(i * 1000003, 5)
    return t, len(d)


print(counts(3000))
print(seen_walk(4000))
print(grow(3000))
print(augmented(2000))
print(dist_relax(2000))
print(negative_and_big_keys(2000))
