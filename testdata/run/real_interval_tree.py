# An augmented interval tree (a treap keyed by start, each node holding
# the maximum end below it) behind an abstract IntervalIndex interface:
# insertion, removal, point and range overlap queries, in-order iteration
# with generators, merging of overlapping intervals, a meeting-room
# scheduler built on it, and a brute-force cross-check.
import abc
import bisect
import random


class Interval:
    __slots__ = ("start", "end", "label")

    def __init__(self, start, end, label=None):
        if end < start:
            raise ValueError(f"interval end {end} before start {start}")
        self.start, self.end, self.label = start, end, label

    def overlaps(self, lo, hi):
        return self.start < hi and lo < self.end

    def __contains__(self, point):
        return self.start <= point < self.end

    def __len__(self):
        return self.end - self.start

    def __iter__(self):
        yield self.start
        yield self.end

    def __eq__(self, other):
        return isinstance(other, Interval) and tuple(self) + (self.label,) == tuple(other) + (other.label,)

    def __hash__(self):
        return hash((self.start, self.end, self.label))

    def __repr__(self):
        tag = f" {self.label}" if self.label is not None else ""
        return f"[{self.start}, {self.end}){tag}"


class IntervalIndex(abc.ABC):
    @abc.abstractmethod
    def add(self, interval): ...

    @abc.abstractmethod
    def remove(self, interval): ...

    @abc.abstractmethod
    def overlapping(self, lo, hi): ...

    def at(self, point):
        return self.overlapping(point, point + 1)

    def __contains__(self, interval):
        return interval in self.overlapping(interval.start, max(interval.end, interval.start + 1))


class _Node:
    __slots__ = ("iv", "prio", "left", "right", "max_end")

    def __init__(self, iv, prio):
        self.iv, self.prio, self.left, self.right, self.max_end = iv, prio, None, None, iv.end

    def fix(self):
        self.max_end = max(self.iv.end, self.left.max_end if self.left else self.iv.end,
                           self.right.max_end if self.right else self.iv.end)
        return self


class IntervalTree(IntervalIndex):
    def __init__(self, seed=0):
        self.root = None
        self.size = 0
        self._rng = random.Random(seed)

    def _key(self, iv):
        return (iv.start, iv.end, str(iv.label))

    def _split(self, node, key):
        if node is None:
            return None, None
        if self._key(node.iv) < key:
            node.right, right = self._split(node.right, key)
            return node.fix(), right
        left, node.left = self._split(node.left, key)
        return left, node.fix()

    def _merge(self, a, b):
        if a is None or b is None:
            return a or b
        if a.prio > b.prio:
            a.right = self._merge(a.right, b)
            return a.fix()
        b.left = self._merge(a, b.left)
        return b.fix()

    def add(self, interval):
        left, right = self._split(self.root, self._key(interval))
        self.root = self._merge(self._merge(left, _Node(interval, self._rng.random())), right)
        self.size += 1
        return self

    def remove(self, interval):
        def go(node):
            if node is None:
                raise KeyError(interval)
            if node.iv == interval:
                return self._merge(node.left, node.right)
            if self._key(interval) < self._key(node.iv):
                node.left = go(node.left)
            else:
                node.right = go(node.right)
            return node.fix()

        self.root = go(self.root)
        self.size -= 1

    def overlapping(self, lo, hi):
        found = []

        def visit(node):
            if node is None or node.max_end <= lo:
                return
            visit(node.left)
            if node.iv.start >= hi:
                return
            if node.iv.overlaps(lo, hi):
                found.append(node.iv)
            visit(node.right)

        visit(self.root)
        return found

    def __iter__(self):
        stack, node = [], self.root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            yield node.iv
            node = node.right

    def __len__(self):
        return self.size

    def depth(self, node=False):
        node = self.root if node is False else node
        return 0 if node is None else 1 + max(self.depth(node.left), self.depth(node.right))


def merge_all(intervals):
    merged = []
    for iv in sorted(intervals, key=lambda i: (i.start, i.end)):
        if merged and iv.start <= merged[-1].end:
            last = merged[-1]
            merged[-1] = Interval(last.start, max(last.end, iv.end), "merged")
        else:
            merged.append(Interval(iv.start, iv.end))
    return merged


def rooms_needed(meetings):
    ends, rooms = [], {}
    for m in sorted(meetings, key=lambda m: m.start):
        i = bisect.bisect_right(ends, m.start)
        if i:
            free_end = ends.pop(0)
            room = rooms.pop((free_end, 0)) if (free_end, 0) in rooms else len(rooms)
        else:
            room = len(set(rooms.values()))
        bisect.insort(ends, m.end)
        rooms[(m.end, 0)] = room
    return len(set(rooms.values()))


tree = IntervalTree(seed=42)
meetings = [Interval(9, 10, "standup"), Interval(9, 12, "workshop"), Interval(11, 13, "lunch"),
            Interval(14, 15, "review"), Interval(10, 11, "1:1"), Interval(13, 17, "offsite"),
            Interval(16, 16, "reminder")]
for m in meetings:
    tree.add(m)
print("in order:", list(tree))
print("len", len(tree), "depth", tree.depth(), "root max_end", tree.root.max_end)
for point in (9, 10, 12, 16, 20):
    print(f"at {point}:", sorted(tree.at(point), key=repr))
print("overlapping [10, 14):", tree.overlapping(10, 14))
print("contains lunch:", Interval(11, 13, "lunch") in tree, Interval(11, 13, "brunch") in tree)
tree.remove(Interval(11, 13, "lunch"))
print("after removing lunch:", list(tree))
try:
    tree.remove(Interval(1, 2, "ghost"))
except KeyError as e:
    print("KeyError", e)
print("merged:", merge_all(meetings))
print("rooms needed:", rooms_needed(meetings[:6]))
print("lengths:", {m.label: len(m) for m in meetings}, "11 in workshop:", 11 in meetings[1], tuple(meetings[0]))
for bad in [lambda: Interval(5, 3), lambda: IntervalIndex(), lambda: len(Interval(1, 2.5))]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

rng = random.Random(7)
big = IntervalTree(seed=1)
brute = []
for i in range(400):
    s = rng.randrange(0, 1000)
    iv = Interval(s, s + rng.randrange(0, 60), i)
    big.add(iv)
    brute.append(iv)
mismatches = 0
for _ in range(200):
    lo = rng.randrange(0, 1000)
    hi = lo + rng.randrange(1, 80)
    want = sorted((iv for iv in brute if iv.overlaps(lo, hi)), key=lambda iv: iv.label)
    got = sorted(big.overlapping(lo, hi), key=lambda iv: iv.label)
    mismatches += want != got
print("random check:", len(big), "intervals, mismatches:", mismatches, "depth below 30:", big.depth() < 30)
for iv in brute[::50]:
    big.remove(iv)
print("after removals:", len(big), sum(1 for _ in big), [iv.label for iv in list(big)[:5]])
