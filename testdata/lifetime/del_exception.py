import gc, sys

class R:
    def __del__(self):
        print("in __del__, calling sys.exit(5)")
        sys.exit(5)

class Broken:
    def __del__(self):
        raise ValueError("broken __del__")

r = R()
del r
gc.collect()
print("still running")

def gen():
    try:
        yield 1
    finally:
        print("generator finally, calling sys.exit(7)")
        sys.exit(7)

g = gen()
next(g)
del g
gc.collect()
print("still running")
b = Broken()
del b
gc.collect()
print("end")
