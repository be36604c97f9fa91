# collections and heapq: a Dijkstra over a grid graph with heapq, a BFS
# with deque, word counting with Counter and defaultdict, and OrderedDict
# as an LRU. Prints a checksum of all results.
import heapq
from collections import deque, Counter, defaultdict, OrderedDict

N = 120


def neighbours(i):
    x, y = divmod(i, N)
    if x > 0: yield i - N
    if x < N - 1: yield i + N
    if y > 0: yield i - 1
    if y < N - 1: yield i + 1


def weight(a, b):
    return (a * 7 + b * 13) % 17 + 1


def dijkstra(src):
    dist = {src: 0}
    heap = [(0, src)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
        for v in neighbours(u):
            nd = d + weight(u, v)
            if nd < dist.get(v, 1 << 60):
                dist[v] = nd
                heapq.heappush(heap, (nd, v))
    return dist


def bfs(src):
    seen = {src: 0}
    q = deque([src])
    while q:
        u = q.popleft()
        for v in neighbours(u):
            if v not in seen:
                seen[v] = seen[u] + 1
                q.append(v)
    return seen


def words(n):
    out = []
    x = 12345
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        out.append("w%d" % (x % 997))
    return out


def main():
    total = 0
    for s in (0, N * N // 2):
        total += sum(dijkstra(s).values())
        total += sum(bfs(s).values())

    ws = words(200000)
    c = Counter(ws)
    total += sum(n for _, n in c.most_common(10))
    groups = defaultdict(list)
    for w in ws:
        groups[len(w)].append(w)
    total += sum(len(v) for v in groups.values())

    lru = OrderedDict()
    hits = 0
    for w in ws[:50000]:
        if w in lru:
            lru.move_to_end(w)
            hits += 1
        else:
            lru[w] = 1
            if len(lru) > 500:
                lru.popitem(last=False)
    total += hits

    window = deque(maxlen=50)
    acc = 0
    for i in range(300000):
        window.append(i)
        acc += window[0]
    total += acc

    h = list(range(100000, 0, -1))
    heapq.heapify(h)
    total += sum(heapq.heappop(h) for _ in range(50000))
    total += sum(heapq.nsmallest(10, ws, key=len).__len__() for _ in range(1))
    return total


print(main())
