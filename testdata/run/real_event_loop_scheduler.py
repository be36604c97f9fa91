# An event scheduler: a simulated clock, one-shot and recurring events in a
# heap ordered by (time, priority, sequence), cancellation, error handling
# with retries, and a final report.
import heapq
import itertools


class SchedulerError(Exception):
    pass


class EventCancelled(SchedulerError):
    pass


class Event:
    __slots__ = ("when", "priority", "seq", "name", "action", "every", "cancelled", "runs", "retries")

    def __init__(self, when, priority, seq, name, action, every=None, retries=0):
        self.when = when
        self.priority = priority
        self.seq = seq
        self.name = name
        self.action = action
        self.every = every
        self.cancelled = False
        self.runs = 0
        self.retries = retries

    def key(self):
        return (self.when, self.priority, self.seq)

    def __lt__(self, other):
        return self.key() < other.key()

    def __repr__(self):
        extra = f" every={self.every}" if self.every else ""
        state = " cancelled" if self.cancelled else ""
        return f"<Event {self.name!r} at t={self.when} prio={self.priority}{extra}{state}>"


class Scheduler:
    def __init__(self):
        self.now = 0
        self._queue = []
        self._seq = itertools.count()
        self._by_name = {}
        self.log = []
        self.failures = {}

    def schedule(self, delay, name, action, priority=5, every=None, retries=0):
        if delay < 0:
            raise SchedulerError(f"negative delay {delay} for {name!r}")
        if name in self._by_name and not self._by_name[name].cancelled:
            raise SchedulerError(f"event {name!r} already scheduled")
        ev = Event(self.now + delay, priority, next(self._seq), name, action, every, retries)
        heapq.heappush(self._queue, ev)
        self._by_name[name] = ev
        return ev

    def cancel(self, name):
        try:
            ev = self._by_name[name]
        except KeyError:
            raise SchedulerError(f"no event named {name!r}") from None
        if ev.cancelled:
            raise EventCancelled(name)
        ev.cancelled = True
        return ev

    def pending(self):
        return sorted((e for e in self._queue if not e.cancelled), key=Event.key)

    def run_until(self, limit):
        while self._queue and self._queue[0].when <= limit:
            ev = heapq.heappop(self._queue)
            if ev.cancelled:
                self.log.append((ev.when, ev.name, "skipped"))
                continue
            self.now = ev.when
            try:
                result = ev.action(self, ev)
            except Exception as exc:
                self.failures.setdefault(ev.name, []).append(f"{type(exc).__name__}: {exc}")
                if ev.retries > 0:
                    ev.retries -= 1
                    ev.when = self.now + 1
                    ev.seq = next(self._seq)
                    heapq.heappush(self._queue, ev)
                    self.log.append((self.now, ev.name, "retry"))
                else:
                    self.log.append((self.now, ev.name, "failed"))
                continue
            ev.runs += 1
            self.log.append((self.now, ev.name, result if result is not None else "ok"))
            if ev.every and not ev.cancelled:
                ev.when = self.now + ev.every
                ev.seq = next(self._seq)
                heapq.heappush(self._queue, ev)
        self.now = limit


def make_counter():
    count = 0

    def tick(sched, ev):
        nonlocal count
        count += 1
        if count == 4:
            sched.cancel(ev.name)
            return f"tick {count} (last)"
        return f"tick {count}"

    return tick


def flaky(failures_left):
    state = {"left": failures_left}

    def action(sched, ev):
        if state["left"] > 0:
            state["left"] -= 1
            raise ConnectionError(f"remote busy at t={sched.now}")
        return "delivered"

    return action


def backup(sched, ev):
    sched.schedule(2, "verify-backup", lambda s, e: f"verified at {s.now}", priority=1)
    return "backup done"


def divide_by_zero(sched, ev):
    return 1 // 0


sched = Scheduler()
sched.schedule(1, "heartbeat", make_counter(), every=3)
sched.schedule(2, "send-mail", flaky(2), retries=3)
sched.schedule(2, "urgent", lambda s, e: "urgent first", priority=0)
sched.schedule(5, "backup", backup)
sched.schedule(6, "broken", divide_by_zero, retries=1)
sched.schedule(30, "far-future", lambda s, e: "never runs")
sched.schedule(8, "cancel-me", lambda s, e: "should not run")

for bad in [(-1, "negative"), (1, "heartbeat")]:
    try:
        sched.schedule(bad[0], bad[1], lambda s, e: None)
    except SchedulerError as e:
        print("error:", e)

sched.cancel("cancel-me")
for name in ["cancel-me", "nobody"]:
    try:
        sched.cancel(name)
    except EventCancelled as e:
        print("already cancelled:", e)
    except SchedulerError as e:
        print("error:", e)

print("pending before run:")
for ev in sched.pending():
    print("  ", ev)

sched.run_until(15)
print("log:")
for when, name, what in sched.log:
    print(f"  t={when:>2} {name:<14} {what}")
print("failures:")
for name in sorted(sched.failures):
    for msg in sched.failures[name]:
        print(f"  {name}: {msg}")
print("now:", sched.now)
print("still pending:", sched.pending())
runs = {ev.name: ev.runs for ev in sched._by_name.values()}
print("runs:", dict(sorted(runs.items())))
