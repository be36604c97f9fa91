class suppress:
    def __init__(self, *types): self.types = types
    def __enter__(self): return None
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)
with suppress(KeyError, IndexError):
    [][5]
print('IndexError suppressed')
with suppress(KeyError):
    {}['k']
print('KeyError suppressed')
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print('not suppressed:', e)
class Replace:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        if et:
            raise RuntimeError('replaced') from ev
try:
    with Replace():
        raise ValueError('orig')
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__))
class Timer:
    def __enter__(self):
        self.events = ['start']
        return self
    def __exit__(self, *a):
        self.events.append('stop')
with Timer() as t:
    t.events.append('work')
print(t.events)
