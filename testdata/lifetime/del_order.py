import gc
class R:
    def __init__(self, name): self.name = name
    def __del__(self): print("__del__", self.name)

a = R("a")
del a
print("after del a")
b = R("b")
b = None
print("after b = None")
c = R("c")
c.self = c          # reference cycle
del c
print("after del c (cycle)")
gc.collect()
print("after gc.collect()")
d = R("d")          # still referenced at exit
print("end of module")
