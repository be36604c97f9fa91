# Builtins read by a function's LOADGLOBAL many times over, while the
# module's globals and the builtins module change under the cached reads:
# a global that shadows the builtin, its deletion, a rebound builtin, a
# deleted one, and code run with other globals and builtins by exec().
import builtins


def lens(xs):
    return [len(x) for x in xs]


def probe():
    return len("abc"), abs(-2)


words = ["a", "bb", "ccc"]
for _ in range(3):
    print(lens(words), probe())

len = lambda x: 100  # a global now shadows the builtin
print(lens(words), probe())
del len
print(lens(words), probe())

saved = builtins.abs
builtins.abs = lambda x: "patched"
print(probe())
builtins.abs = saved
print(probe())

del builtins.abs
try:
    probe()
except NameError as e:
    print("NameError:", e)
builtins.abs = saved
print(probe())

src = "def f():\n    return len('xy'), abs(-5)\nr = [f() for _ in range(3)]\n"
g = {"__builtins__": {"len": lambda x: -1, "abs": saved, "range": range}}
exec(src, g)
print(g["r"])
g2 = {}
exec(src, g2)
print(g2["r"])
g["__builtins__"]["len"] = lambda x: -2
print(g["f"](), g2["f"]())
