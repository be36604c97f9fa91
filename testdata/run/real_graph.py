"""Graph algorithms: BFS, DFS, topological sort, Dijkstra (hand-rolled heap), MST, SCCs."""


class Graph:
    def __init__(self, directed=False):
        self.directed = directed
        self.adj = {}

    def add_edge(self, u, v, w=1):
        self.adj.setdefault(u, {})[v] = w
        self.adj.setdefault(v, {})
        if not self.directed:
            self.adj[v][u] = w

    def nodes(self):
        return sorted(self.adj)

    def neighbors(self, u):
        return sorted(self.adj[u])

    def edges(self):
        seen = set()
        out = []
        for u in self.nodes():
            for v in self.neighbors(u):
                key = (u, v) if self.directed else tuple(sorted((u, v)))
                if key not in seen:
                    seen.add(key)
                    out.append((self.adj[u][v], key[0], key[1]))
        return out


def bfs(g, start):
    order, dist = [start], {start: 0}
    frontier = [start]
    while frontier:
        nxt = []
        for u in frontier:
            for v in g.neighbors(u):
                if v not in dist:
                    dist[v] = dist[u] + 1
                    order.append(v)
                    nxt.append(v)
        frontier = nxt
    return order, dist


def dfs(g, start, seen=None, order=None):
    seen = set() if seen is None else seen
    order = [] if order is None else order
    seen.add(start)
    order.append(start)
    for v in g.neighbors(start):
        if v not in seen:
            dfs(g, v, seen, order)
    return order


def topo_sort(g):
    state, out = {}, []

    def visit(u, path):
        if state.get(u) == "done":
            return
        if state.get(u) == "active":
            raise ValueError("cycle: " + " -> ".join(path + [u]))
        state[u] = "active"
        for v in g.neighbors(u):
            visit(v, path + [u])
        state[u] = "done"
        out.append(u)

    for u in g.nodes():
        visit(u, [])
    return out[::-1]


def heappush(h, item):
    h.append(item)
    i = len(h) - 1
    while i and h[(i - 1) // 2] > h[i]:
        h[(i - 1) // 2], h[i] = h[i], h[(i - 1) // 2]
        i = (i - 1) // 2


def heappop(h):
    last = h.pop()
    if not h:
        return last
    top, h[0] = h[0], last
    i = 0
    while True:
        c = 2 * i + 1
        if c >= len(h):
            break
        if c + 1 < len(h) and h[c + 1] < h[c]:
            c += 1
        if h[i] <= h[c]:
            break
        h[i], h[c] = h[c], h[i]
        i = c
    return top


def dijkstra(g, src):
    dist, prev = {src: 0}, {}
    heap = [(0, src)]
    while heap:
        d, u = heappop(heap)
        if d > dist[u]:
            continue
        for v in g.neighbors(u):
            nd = d + g.adj[u][v]
            if nd < dist.get(v, float("inf")):
                dist[v], prev[v] = nd, u
                heappush(heap, (nd, v))
    return dist, prev


def path_to(prev, src, dst):
    if dst != src and dst not in prev:
        return None
    path = [dst]
    while path[-1] != src:
        path.append(prev[path[-1]])
    return path[::-1]


def kruskal(g):
    parent = {u: u for u in g.nodes()}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    tree = []
    for w, u, v in sorted(g.edges()):
        ru, rv = find(u), find(v)
        if ru != rv:
            parent[ru] = rv
            tree.append((u, v, w))
    return tree


def tarjan_scc(g):
    index, low, on_stack, stack, comps = {}, {}, set(), [], []
    counter = [0]

    def strong(u):
        index[u] = low[u] = counter[0]
        counter[0] += 1
        stack.append(u)
        on_stack.add(u)
        for v in g.neighbors(u):
            if v not in index:
                strong(v)
                low[u] = min(low[u], low[v])
            elif v in on_stack:
                low[u] = min(low[u], index[v])
        if low[u] == index[u]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == u:
                    break
            comps.append(sorted(comp))

    for u in g.nodes():
        if u not in index:
            strong(u)
    return sorted(comps)


roads = Graph()
for u, v, w in [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3),
                ("E", "D", 4), ("D", "F", 11), ("E", "F", 12), ("G", "H", 1)]:
    roads.add_edge(u, v, w)
print("nodes:", roads.nodes())
order, dist = bfs(roads, "A")
print("bfs:", order, dict(sorted(dist.items())))
print("dfs:", dfs(roads, "A"))
d, prev = dijkstra(roads, "A")
for target in roads.nodes():
    p = path_to(prev, "A", target)
    print(f"  A->{target}: {d.get(target, 'unreachable')!s:>11} via {p}")
mst = kruskal(roads)
print("mst:", mst, "weight", sum(w for *_, w in mst))

deps = Graph(directed=True)
for a, b in [("app", "lib"), ("app", "log"), ("lib", "core"), ("log", "core"), ("core", "rt"), ("test", "app")]:
    deps.add_edge(a, b)
print("topo:", topo_sort(deps))
deps.add_edge("rt", "lib")
try:
    topo_sort(deps)
except ValueError as e:
    print("ValueError:", e)
print("scc:", tarjan_scc(deps))
heap = []
for x in [9, 4, 7, 1, 8, 2, 6]:
    heappush(heap, x)
print([heappop(heap) for _ in range(len(heap))])
