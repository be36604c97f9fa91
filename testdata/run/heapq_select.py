# heapq.nsmallest/nlargest agree with a stable sort, ties and all.
import heapq, random
r = random.Random(3)
for trial in range(300):
    data = [r.randrange(20) for _ in range(r.randrange(0, 40))]
    pairs = [(x, i) for i, x in enumerate(data)]
    n = r.randrange(-1, 45)
    k = lambda p: p[0]
    assert heapq.nsmallest(n, pairs, key=k) == sorted(pairs, key=k)[:max(n,0)], (n, pairs)
    assert heapq.nlargest(n, pairs, key=k) == sorted(pairs, key=k, reverse=True)[:max(n,0)], (n, pairs)
    assert heapq.nsmallest(n, data) == sorted(data)[:max(n,0)]
    assert heapq.nlargest(n, iter(data)) == sorted(data, reverse=True)[:max(n,0)]
print("ok")
