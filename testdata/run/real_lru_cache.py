"""An LRU cache built on a hand-written doubly linked list, plus a memoizing decorator."""


class _Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head = _Node()  # most recent after head
        self.tail = _Node()  # least recent before tail
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.prev, node.next = self.head, self.head.next
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return None
        if len(self.map) >= self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            self.evictions += 1
            evicted = (lru.key, lru.value)
        else:
            evicted = None
        node = _Node(key, value)
        self.map[key] = node
        self._push_front(node)
        return evicted

    def __contains__(self, key):
        return key in self.map

    def __len__(self):
        return len(self.map)

    def __iter__(self):
        node = self.head.next
        while node is not self.tail:
            yield node.key
            node = node.next

    def __delitem__(self, key):
        node = self.map.pop(key)
        self._unlink(node)

    def __repr__(self):
        items = ", ".join(f"{k!r}: {self.map[k].value!r}" for k in self)
        return f"LRUCache({self.capacity}, [{items}])"

    def stats(self):
        total = self.hits + self.misses
        ratio = self.hits / total if total else 0.0
        return f"hits={self.hits} misses={self.misses} evictions={self.evictions} ratio={ratio:.2f}"


def lru_cache(maxsize):
    def decorator(fn):
        cache = LRUCache(maxsize)
        sentinel = object()

        def wrapper(*args):
            result = cache.get(args, sentinel)
            if result is sentinel:
                result = fn(*args)
                cache.put(args, result)
            return result

        wrapper.cache = cache
        wrapper.__name__ = fn.__name__
        return wrapper
    return decorator


c = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    print("put", k, "->", c.put(k, v))
print(c, len(c))
print("get a:", c.get("a"))
print("put d ->", c.put("d", 4))
print(c)
print("get b:", c.get("b", "missing"))
print("put c ->", c.put("c", 30), c)
del c["a"]
print(list(c), "a" in c, "d" in c)
for i in range(10):
    c.put(i % 4, i)
    if i % 3 == 0:
        c.get(0)
print(c, c.stats())

calls = []


@lru_cache(maxsize=64)
def edit_distance(a, b):
    calls.append((a, b))
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


for x, y in [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc"), ("same", "same")]:
    print(f"{x!r} -> {y!r}: {edit_distance(x, y)}")
print("calls:", len(calls), edit_distance.cache.stats(), len(edit_distance.cache))


@lru_cache(maxsize=2)
def slow_square(n):
    print(f"  computing {n}^2")
    return n * n


for n in [2, 3, 2, 4, 3, 2]:
    print(n, slow_square(n))
print(slow_square.__name__, slow_square.cache)
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)
