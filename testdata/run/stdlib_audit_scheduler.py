# An event scheduler on heapq with plain classes (no dataclasses): ordering by
# (time, priority, sequence), cancellation by marking, periodic jobs, and the
# heapq helpers' behaviour and error messages.
import heapq
import itertools


class Event:
    __slots__ = ("when", "priority", "seq", "name", "action", "cancelled")

    def __init__(self, when, priority, seq, name, action):
        self.when = when
        self.priority = priority
        self.seq = seq
        self.name = name
        self.action = action
        self.cancelled = False

    def __lt__(self, other):
        return (self.when, self.priority, self.seq) < (other.when, other.priority, other.seq)

    def __repr__(self):
        flag = " cancelled" if self.cancelled else ""
        return f"Event({self.when}, p{self.priority}, {self.name!r}{flag})"


class Scheduler:
    def __init__(self):
        self._queue = []
        self._counter = itertools.count()
        self.now = 0
        self.log = []

    def at(self, when, name, action=None, priority=5):
        ev = Event(when, priority, next(self._counter), name, action)
        heapq.heappush(self._queue, ev)
        return ev

    def after(self, delay, name, action=None, priority=5):
        return self.at(self.now + delay, name, action, priority)

    def every(self, period, name, count):
        def tick(sched, n=[0]):
            n[0] += 1
            sched.log.append(f"{name}#{n[0]}@{sched.now}")
            if n[0] < count:
                sched.after(period, name, tick, priority=1)
        return self.after(period, name, tick, priority=1)

    def cancel(self, ev):
        ev.cancelled = True

    def run(self, until=None):
        while self._queue:
            if until is not None and self._queue[0].when > until:
                break
            ev = heapq.heappop(self._queue)
            if ev.cancelled:
                self.log.append(f"skip {ev.name}")
                continue
            self.now = ev.when
            if ev.action is None:
                self.log.append(f"{ev.name}@{ev.when}")
            else:
                ev.action(self)
        return len(self._queue)

    def pending(self):
        return sorted(self._queue)


s = Scheduler()
s.at(10, "backup")
s.at(5, "email", priority=2)
s.at(5, "alert", priority=0)
lazy = s.at(7, "lazy")
s.every(3, "heartbeat", 4)
s.at(5, "email-2", priority=2)
print(s.pending())
s.cancel(lazy)
print(s.run(until=6), s.now)
print(s.log)
print(s.run(), s.now)
print(s.log)

# heapq with tuples and a tie-breaking counter: the "priority queue" recipe.
REMOVED = "<removed>"
pq, finder, counter = [], {}, itertools.count()


def add_task(task, priority=0):
    if task in finder:
        remove_task(task)
    entry = [priority, next(counter), task]
    finder[task] = entry
    heapq.heappush(pq, entry)


def remove_task(task):
    entry = finder.pop(task)
    entry[-1] = REMOVED


def pop_task():
    while pq:
        priority, count, task = heapq.heappop(pq)
        if task is not REMOVED:
            del finder[task]
            return task
    raise KeyError("pop from an empty priority queue")


for t, p in [("write", 3), ("read", 1), ("test", 2), ("lint", 2), ("ship", 9)]:
    add_task(t, p)
add_task("ship", 0)
remove_task("lint")
out = []
while True:
    try:
        out.append(pop_task())
    except KeyError as e:
        print("KeyError", e)
        break
print(out)

data = [5, 1, 8, 3, 9, 2, 7, 4, 6, 0]
h = list(data)
heapq.heapify(h)
print(h)
print(heapq.heappushpop(h, -1), heapq.heapreplace(h, 11), h)
print([heapq.heappop(h) for _ in range(len(h))])
print(heapq.nlargest(3, data), heapq.nsmallest(3, data))
print(heapq.nlargest(3, data, key=lambda x: -x), heapq.nsmallest(0, data), heapq.nlargest(20, data))
print(heapq.nsmallest(1, data), heapq.nlargest(1, [], default_missing := None) if False else heapq.nlargest(1, []))
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(heapq.nsmallest(2, words, key=len), heapq.nlargest(2, words, key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 9])))
print(list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
print(list(heapq.merge()), list(heapq.merge([], [1])))
mh = [3, 1, 2]
heapq._heapify_max(mh)
print(mh, heapq._heappop_max(mh), mh)

# Events without __lt__ fall back to the tie-breaker; equal keys raise.
class Job:
    def __init__(self, name):
        self.name = name


jobs = []
for i, name in enumerate(["a", "b", "c"]):
    heapq.heappush(jobs, (1, i, Job(name)))
print([heapq.heappop(jobs)[2].name for _ in range(3)])
try:
    heapq.heappush(jobs, (1, Job("x")))
    heapq.heappush(jobs, (1, Job("y")))
except TypeError as e:
    print("TypeError", e)

for bad in (lambda: heapq.heappop([]),
            lambda: heapq.heapreplace([], 1),
            lambda: heapq.heappush((), 1),
            lambda: heapq.heapify(None),
            lambda: heapq.heappush([]),
            lambda: heapq.heappop([], 1),
            lambda: heapq.heapify([1, "a", 2.0]),
            lambda: heapq.nlargest("3", [1]),
            lambda: heapq.nsmallest(2, 5),
            lambda: heapq.heappushpop([1], None),
            lambda: list(heapq.merge([1], 2)),
            lambda: heapq.heappush([1, 2], object())):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
