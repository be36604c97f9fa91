# A road network: vertices and weighted edges in plain classes, breadth-
# and depth-first search (recursive and iterative), Dijkstra with heapq,
# topological sort of a build graph with cycle detection, connected
# components and a route report.
import heapq
from collections import deque, defaultdict


class GraphError(Exception):
    pass


class CycleError(GraphError):
    def __init__(self, cycle):
        super().__init__("cycle: " + " -> ".join(cycle))
        self.cycle = cycle


class Graph:
    def __init__(self, directed=False):
        self.directed = directed
        self.adj = defaultdict(dict)

    def add_edge(self, a, b, weight=1):
        if weight < 0:
            raise GraphError(f"negative weight {weight} on {a}-{b}")
        self.adj[a][b] = weight
        if self.directed:
            self.adj[b]
        else:
            self.adj[b][a] = weight

    def vertices(self):
        return sorted(self.adj)

    def neighbours(self, v):
        if v not in self.adj:
            raise GraphError(f"unknown vertex {v!r}")
        return sorted(self.adj[v])

    def bfs(self, start):
        seen, order, queue = {start}, [], deque([(start, 0)])
        levels = {}
        while queue:
            v, depth = queue.popleft()
            order.append(v)
            levels.setdefault(depth, []).append(v)
            for w in self.neighbours(v):
                if w not in seen:
                    seen.add(w)
                    queue.append((w, depth + 1))
        return order, levels

    def dfs(self, start, seen=None):
        seen = set() if seen is None else seen
        seen.add(start)
        yield start
        for w in self.neighbours(start):
            if w not in seen:
                yield from self.dfs(w, seen)

    def dfs_iterative(self, start):
        seen, stack, order = set(), [start], []
        while stack:
            v = stack.pop()
            if v in seen:
                continue
            seen.add(v)
            order.append(v)
            stack.extend(reversed(self.neighbours(v)))
        return order

    def shortest(self, src, dst):
        dist, prev = {src: 0}, {}
        heap = [(0, src)]
        while heap:
            d, v = heapq.heappop(heap)
            if v == dst:
                break
            if d > dist[v]:
                continue
            for w, wt in sorted(self.adj[v].items()):
                nd = d + wt
                if nd < dist.get(w, float("inf")):
                    dist[w], prev[w] = nd, v
                    heapq.heappush(heap, (nd, w))
        if dst not in dist:
            return None, []
        path = [dst]
        while path[-1] != src:
            path.append(prev[path[-1]])
        return dist[dst], path[::-1]

    def components(self):
        seen, comps = set(), []
        for v in self.vertices():
            if v not in seen:
                comp = list(self.dfs(v, seen))
                comps.append(sorted(comp))
        return comps

    def toposort(self):
        WHITE, GREY, BLACK = 0, 1, 2
        colour = dict.fromkeys(self.adj, WHITE)
        order, path = [], []

        def visit(v):
            colour[v] = GREY
            path.append(v)
            for w in self.neighbours(v):
                if colour[w] == GREY:
                    raise CycleError(path[path.index(w):] + [w])
                if colour[w] == WHITE:
                    visit(w)
            path.pop()
            colour[v] = BLACK
            order.append(v)

        for v in self.vertices():
            if colour[v] == WHITE:
                visit(v)
        return order[::-1]


roads = Graph()
for a, b, km in [("Aston", "Bray", 7), ("Aston", "Corby", 9), ("Aston", "Fenton", 14), ("Bray", "Corby", 10),
                 ("Bray", "Dunmore", 15), ("Corby", "Dunmore", 11), ("Corby", "Fenton", 2), ("Dunmore", "Epsom", 6),
                 ("Epsom", "Fenton", 9), ("Gale", "Holt", 3)]:
    roads.add_edge(a, b, km)
print("vertices:", roads.vertices())
order, levels = roads.bfs("Aston")
print("bfs:", order)
for depth, names in levels.items():
    print(f"  depth {depth}: {', '.join(names)}")
print("dfs:", list(roads.dfs("Aston")))
print("dfs iterative:", roads.dfs_iterative("Aston"))
for src, dst in [("Aston", "Epsom"), ("Epsom", "Bray"), ("Aston", "Holt"), ("Gale", "Holt")]:
    km, path = roads.shortest(src, dst)
    if km is None:
        print(f"{src} -> {dst}: unreachable")
    else:
        print(f"{src} -> {dst}: {km} km via {' > '.join(path)}")
print("components:", roads.components())
try:
    roads.neighbours("Zed")
except GraphError as e:
    print("GraphError:", e)
try:
    roads.add_edge("Aston", "Bray", -1)
except GraphError as e:
    print("GraphError:", e)

build = Graph(directed=True)
for target, deps in {"app": ["lib", "ui"], "ui": ["lib", "assets"], "lib": ["core"], "tests": ["app"], "docs": []}.items():
    build.adj[target]
    for dep in deps:
        build.add_edge(target, dep)
print("build order:", build.toposort()[::-1])
build.add_edge("core", "ui")
try:
    build.toposort()
except CycleError as e:
    print("CycleError:", e, e.cycle)

degree = sorted(((len(roads.adj[v]), v) for v in roads.vertices()), reverse=True)
print("busiest:", degree[:3])
table = {(a, b): w for a in roads.vertices() for b, w in roads.adj[a].items() if a < b}
print("edges:", len(table), "total km:", sum(table.values()))
longest = max(table.items(), key=lambda kv: (kv[1], kv[0]))
print("longest road:", longest)
