# Interpreter fast paths: cached slice objects, str += buffers, list
# slice assignment, dict[str] with keys whose __eq__ is Python code.
class G:
    def __getitem__(self, k): return (k.start, k.stop, k.step)
g = G(); l = list(range(10)); out = []
for k in range(5):
    out.append(g[k:k+2]); out.append(g[::k or None]); out.append(l[:k]); out.append(l[k::-1])
    s = "abcdefgh"; out.append(s[k:]); 
try:
    sl = g.__getitem__.__self__
    x = (lambda: None)
except Exception: pass
class H:
    def __getitem__(self, k):
        try:
            k.start = 5
        except AttributeError as e:
            return "ro"
print(out, H()[1:2])

acc = "x" * 70
snap = []
for i in range(50):
    prev = acc
    acc += chr(97 + i % 26)
    snap.append(prev)
    if i == 20:
        other = acc
        other += "ZZ"
        acc += "!"
print(acc, len(acc))
print(snap[10], snap[30], other)
print(acc is prev, acc == prev + acc[-1], hash(acc) == hash("".join([acc])))
s = "y" * 64; t = s; s += "é"; s += "ü"; print(len(s), s[-2:], t == "y"*64)
def g():
    a = "a" * 100
    for _ in range(3):
        a += "b"
    return a
print(g()[-5:], len(g()))

l = list(range(10))
l[:4] = l[3::-1]; print(l)
l[2:5] = [7, 8, 9]; print(l)
l[2:5] = [1]; print(l)
l[::2] = [0] * 4; print(l)
l[1:3] = l; print(l)
m = [1, 2, 3]; m[0:3] = m; print(m)
m[-2:] = [5, 6]; print(m)
m[5:9] = []; print(m)
t = [1, 2, 3]; t[0:2] = (9, 9); print(t)
class L(list): pass
u = [1, 2, 3]; u[0:2] = L([4, 5]); print(u)

class K:
    def __init__(self, s): self.s = s
    def __hash__(self): return hash(self.s)
    def __eq__(self, o): print("eq called"); return self.s == o
d = {K("a"): 1}
print("a" in d, d["a"])
d["a"] = 2
print(list(d.values()), len(d))
e = {}
e["x"] = 1; e["x"] += 1; e["y"] = 5
print(e, "x" in e, "z" in e, "z" not in e)
try: e["q"]
except KeyError as ex: print("KeyError", ex)
class D(dict):
    def __missing__(self, k): return "missing " + k
print(D()["w"])
f = {1: "one", "1": "str"}
print(f["1"], f[1])
del e["x"]; e["x"] = 9; print(e)
