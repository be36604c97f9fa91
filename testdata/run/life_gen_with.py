# A generator dropped while suspended inside a with block: the collector
# closes it and the context manager's __exit__ sees GeneratorExit.
import gc

events = []

class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        events.append("enter " + self.name)
        return self
    def __exit__(self, typ, value, tb):
        events.append("exit %s %s" % (self.name, typ.__name__ if typ else None))
        return False

def rows(name):
    with Resource(name):
        yield "row 1"
        yield "row 2"

def use():
    r = rows("dropped")
    print("got", next(r))

use()
gc.collect()
print(events)

r = rows("closed")
next(r)
r.close()
print(events)

print(list(rows("exhausted")))
print(events)

def nested():
    with Resource("outer"):
        with Resource("inner"):
            yield 1

n = nested()
next(n)
del n
gc.collect()
print(events)
