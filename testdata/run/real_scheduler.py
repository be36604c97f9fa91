"""A discrete-event scheduler with a hand-written binary heap and generator-based tasks."""


class Heap:
    def __init__(self):
        self.items = []

    def push(self, item):
        a = self.items
        a.append(item)
        i = len(a) - 1
        while i > 0:
            parent = (i - 1) // 2
            if a[i] < a[parent]:
                a[i], a[parent] = a[parent], a[i]
                i = parent
            else:
                break

    def pop(self):
        a = self.items
        if not a:
            raise IndexError("pop from empty heap")
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r = 2 * i + 1, 2 * i + 2
                smallest = i
                if l < len(a) and a[l] < a[smallest]:
                    smallest = l
                if r < len(a) and a[r] < a[smallest]:
                    smallest = r
                if smallest == i:
                    break
                a[i], a[smallest] = a[smallest], a[i]
                i = smallest
        return top

    def __len__(self):
        return len(self.items)


class Sleep:
    def __init__(self, delay):
        self.delay = delay


class WaitFor:
    def __init__(self, event):
        self.event = event


class Scheduler:
    def __init__(self):
        self.now = 0
        self.queue = Heap()
        self.seq = 0
        self.waiting = {}
        self.trace = []
        self.results = {}

    def spawn(self, name, gen, at=0):
        self._schedule(self.now + at, name, gen, None)

    def _schedule(self, when, name, gen, value):
        self.seq += 1
        self.queue.push((when, self.seq, name, gen, value))

    def fire(self, event, value):
        waiters = self.waiting.pop(event, [])
        for name, gen in waiters:
            self._schedule(self.now, name, gen, value)
        return len(waiters)

    def log(self, msg):
        self.trace.append((self.now, msg))
        print(f"[t={self.now:>3}] {msg}")

    def run(self, until=1000):
        while self.queue and self.now <= until:
            when, _, name, gen, value = self.queue.pop()
            self.now = when
            try:
                cmd = gen.send(value)
            except StopIteration as stop:
                self.results[name] = stop.value
                self.log(f"{name} finished -> {stop.value!r}")
                continue
            except Exception as exc:
                self.results[name] = exc
                self.log(f"{name} crashed: {type(exc).__name__}: {exc}")
                continue
            if isinstance(cmd, Sleep):
                self._schedule(self.now + cmd.delay, name, gen, None)
            elif isinstance(cmd, WaitFor):
                self.waiting.setdefault(cmd.event, []).append((name, gen))
            else:
                self.log(f"{name} yielded unknown command {cmd!r}")
                gen.close()
        for event, waiters in sorted(self.waiting.items()):
            for name, gen in waiters:
                self.log(f"{name} still waiting for {event!r}")
                gen.close()


sched = Scheduler()


def producer(name, items, delay):
    for item in items:
        yield Sleep(delay)
        sched.log(f"{name} produced {item}")
        woke = sched.fire("item", (name, item))
        sched.log(f"{name} woke {woke} consumer(s)")
    return f"{len(items)} items"


def consumer(name, limit):
    got = []
    while len(got) < limit:
        source, item = yield WaitFor("item")
        got.append(item)
        sched.log(f"{name} consumed {item} from {source}")
        yield Sleep(1)
    return got


def ticker(period, count):
    for i in range(count):
        yield Sleep(period)
        sched.log(f"tick {i}")
    return "ticked"


def faulty():
    yield Sleep(7)
    raise RuntimeError("sensor offline")


def cleanup_logger():
    try:
        yield WaitFor("never")
    finally:
        print("cleanup_logger: finally ran on close")


sched.spawn("consumer-A", consumer("consumer-A", 2))
sched.spawn("consumer-B", consumer("consumer-B", 3))
sched.spawn("producer-1", producer("producer-1", ["apple", "pear", "plum"], 4))
sched.spawn("producer-2", producer("producer-2", ["fig"], 5), at=2)
sched.spawn("ticker", ticker(6, 3))
sched.spawn("faulty", faulty())
sched.spawn("waiter", cleanup_logger())
sched.run()
print("results:")
for name in sorted(sched.results):
    r = sched.results[name]
    print(f"  {name}: {type(r).__name__ if isinstance(r, Exception) else r!r}")
print("events logged:", len(sched.trace), "final time:", sched.now)

h = Heap()
for x in [5, 3, 9, 1, 7, 2, 8, 2]:
    h.push(x)
print([h.pop() for _ in range(len(h))])
try:
    h.pop()
except IndexError as e:
    print("IndexError:", e)
