import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), isinstance(gc.collect(), int), type(gc.get_threshold()).__name__, len(gc.get_count()))
class Node:
    def __init__(self):
        self.ref = self
def make_cycles(n):
    for _ in range(n):
        Node()
make_cycles(100)
print(gc.collect() >= 0)
class Finalized:
    log = []
    def __init__(self, name): self.name = name
    def __del__(self): Finalized.log.append(self.name)
a = Finalized('plain')
del a
b = Finalized('cyclic')
b.me = b
del b
gc.collect()
print(sorted(Finalized.log))
print(gc.is_tracked([]))
