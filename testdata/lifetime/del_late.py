import gc

# __del__ given to a class after some of its instances exist: Kiln runs it
# for the instances made afterwards only (CPython runs it for all, PyPy for
# none; see README.md).
class C:
    def __init__(self, name): self.name = name

old = C("old")
C.__del__ = lambda self: print("__del__", self.name)
new = C("new")
del old, new
gc.collect()
print("after collect 1")

# A base class gaining __del__, and a list subclass.
class Base:
    def __init__(self, name): self.name = name
class Sub(Base): pass
class LB(list): pass

old_sub = Sub("old_sub"); old_l = LB(["old_l"])
Base.__del__ = lambda self: print("__del__", self.name)
LB.__del__ = lambda self: print("__del__", self[0])
new_sub = Sub("new_sub"); new_l = LB(["new_l"])
del old_sub, new_sub, old_l, new_l
gc.collect()
print("after collect 2")

# __del__ removed before the instance dies: nothing runs, as in CPython.
class R:
    def __init__(self, name): self.name = name
    def __del__(self): print("__del__", self.name)

r = R("removed")
del R.__del__
del r
gc.collect()
print("end")
