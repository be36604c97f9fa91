class Counter:
    def __init__(self):
        self.n = 0
    def incr(self, by=1):
        self.n += by
        return self.n
c = Counter()
bound = c.incr
print(bound(), bound(5), c.n)
unbound = Counter.incr
print(unbound(c), type(unbound).__name__, type(bound).__name__)
print(bound.__self__ is c, bound.__func__ is Counter.incr, bound == c.incr, bound is c.incr)
ops = [c.incr, c.incr]
print([f(2) for f in ops])
class Callback:
    def __init__(self):
        self.calls = []
    def on(self, event):
        self.calls.append(event)
cb = Callback()
handlers = {'click': cb.on, 'key': cb.on}
for event in ['click', 'key', 'click']:
    handlers[event](event)
print(cb.calls)
class Static:
    @staticmethod
    def s(x): return x * 2
    @classmethod
    def c(cls): return cls.__name__
print(Static.s(2), Static().s(3), Static.c(), Static().c(), type(Static.__dict__['s']).__name__)
print(getattr(Static, 's')(4), getattr(Static(), 'c')())
