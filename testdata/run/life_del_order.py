# __del__ runs once per object after a collection, including objects in
# reference cycles; the order among objects found together is not
# specified, so it is printed sorted.
import gc

log = []

class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(self.name)

a = R("a")
del a
b = R("b")
b = None
c = R("c")
c.self = c
del c
gc.collect()
print(sorted(log))

log.clear()
objs = [R("list %d" % i) for i in range(5)]
del objs
gc.collect()
print(sorted(log))

log.clear()
x = R("x")
y = R("y")
x.other = y
y.other = x
del x, y
gc.collect()
print(sorted(log))

log.clear()
holder = {"k": R("in dict")}
gc.collect()
print(log)
holder.clear()
gc.collect()
print(log)

class Sub(R):
    pass

log.clear()
s = Sub("subclass")
del s
gc.collect()
print(log)
