# An LRU cache class with a hand-written doubly linked list, per-entry
# time-to-live on a fake clock, statistics, a memoizing decorator built on
# it, eviction callbacks and the mapping protocol.


class FakeClock:
    def __init__(self):
        self.t = 0.0

    def __call__(self):
        return self.t

    def advance(self, dt):
        self.t += dt


class _Node:
    __slots__ = ("key", "value", "expires", "prev", "next")

    def __init__(self, key=None, value=None, expires=None):
        self.key, self.value, self.expires = key, value, expires
        self.prev = self.next = None


class CacheStats:
    def __init__(self):
        self.hits = self.misses = self.evictions = self.expirations = 0

    @property
    def ratio(self):
        total = self.hits + self.misses
        return self.hits / total if total else 0.0

    def __repr__(self):
        fields = ", ".join(f"{k}={v}" for k, v in vars(self).items())
        return f"CacheStats({fields}, ratio={self.ratio:.3f})"


class LRUCache:
    _missing = object()

    def __init__(self, capacity, ttl=None, clock=None, on_evict=None):
        if capacity < 1:
            raise ValueError(f"capacity must be at least 1, not {capacity}")
        self.capacity = capacity
        self.ttl = ttl
        self.clock = clock or (lambda: 0.0)
        self.on_evict = on_evict
        self.stats = CacheStats()
        self._map = {}
        self._head = _Node()
        self._tail = _Node()
        self._head.next, self._tail.prev = self._tail, self._head

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.prev, node.next = self._head, self._head.next
        self._head.next.prev = node
        self._head.next = node

    def _expired(self, node):
        return node.expires is not None and self.clock() >= node.expires

    def get(self, key, default=None):
        node = self._map.get(key)
        if node is None:
            self.stats.misses += 1
            return default
        if self._expired(node):
            self._drop(node, "expired")
            self.stats.expirations += 1
            self.stats.misses += 1
            return default
        self._unlink(node)
        self._push_front(node)
        self.stats.hits += 1
        return node.value

    def _drop(self, node, reason):
        self._unlink(node)
        del self._map[node.key]
        if self.on_evict:
            self.on_evict(node.key, node.value, reason)

    def put(self, key, value, ttl=_missing):
        ttl = self.ttl if ttl is self._missing else ttl
        expires = None if ttl is None else self.clock() + ttl
        node = self._map.get(key)
        if node is not None:
            node.value, node.expires = value, expires
            self._unlink(node)
            self._push_front(node)
            return
        node = _Node(key, value, expires)
        self._map[key] = node
        self._push_front(node)
        if len(self._map) > self.capacity:
            self._drop(self._tail.prev, "evicted")
            self.stats.evictions += 1

    __setitem__ = put

    def __getitem__(self, key):
        value = self.get(key, self._missing)
        if value is self._missing:
            raise KeyError(key)
        return value

    def __delitem__(self, key):
        node = self._map.get(key)
        if node is None:
            raise KeyError(key)
        self._drop(node, "deleted")

    def __contains__(self, key):
        node = self._map.get(key)
        return node is not None and not self._expired(node)

    def __len__(self):
        return len(self._map)

    def __iter__(self):
        node = self._head.next
        while node is not self._tail:
            yield node.key
            node = node.next

    def items(self):
        return [(k, self._map[k].value) for k in self]

    def __repr__(self):
        inside = ", ".join(f"{k!r}: {v!r}" for k, v in self.items())
        return f"LRUCache({self.capacity}, {{{inside}}})"


def memoize(cache):
    def decorator(fn):
        def wrapper(*args):
            hit = cache.get(args, LRUCache._missing)
            if hit is not LRUCache._missing:
                return hit
            result = fn(*args)
            cache.put(args, result)
            return result

        wrapper.__name__ = fn.__name__
        wrapper.__wrapped__ = fn
        wrapper.cache = cache
        return wrapper

    return decorator


events = []
clock = FakeClock()
cache = LRUCache(3, ttl=10, clock=clock, on_evict=lambda k, v, why: events.append(f"{why}:{k}={v}"))
for key, value in [("a", 1), ("b", 2), ("c", 3)]:
    cache[key] = value
print(cache, len(cache))
print("get a:", cache.get("a"))
cache["d"] = 4
print("after d:", list(cache), events)
clock.advance(5)
cache.put("e", 5, ttl=None)
clock.advance(6)
print("contains a, d, e:", "a" in cache, "d" in cache, "e" in cache)
print("get d:", cache.get("d", "gone"))
try:
    cache["a"]
except KeyError as e:
    print("KeyError", e)
del cache["e"]
try:
    del cache["zzz"]
except KeyError as e:
    print("del KeyError", e)
print("events:", events)
print(cache.stats)
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)

fib_cache = LRUCache(64)


@memoize(fib_cache)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print("fib(80) =", fib(80), fib.__name__, fib.__wrapped__.__name__)
print("fib cache:", len(fib_cache), fib_cache.stats)
small = LRUCache(2)


@memoize(small)
def slow_square(x):
    events.append(f"computed {x}")
    return x * x


events.clear()
print([slow_square(x) for x in [1, 2, 1, 3, 1, 2, 2, 3]])
print(events)
print(small, small.stats)
