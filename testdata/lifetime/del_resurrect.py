import gc
saved = []

class Phoenix:
    def __init__(self, name): self.name = name
    def __del__(self):
        print("__del__", self.name)
        saved.append(self)      # resurrection

p = Phoenix("phoenix")
del p
gc.collect()
print("resurrected:", [x.name for x in saved])
saved.clear()
gc.collect()
print("__del__ ran once")

class Pair:
    def __init__(self, name): self.name = name
    def __del__(self): print("__del__", self.name)

x = Pair("x"); y = Pair("y")
x.other = y; y.other = x    # a cycle of two objects with __del__
del x, y
gc.collect()
print("end")
