# Attribute caches: class attributes added, rebound, deleted and shadowed
# after a site has cached them; dunder lookups; instantiation fast path.
class A:
    x = 1
    def m(self): return "A.m"
class B(A):
    pass
b = B()
def get(o): return o.x
def call(o): return o.m()
out = []
for i in range(3): out.append(get(b)); out.append(call(b))
B.x = 2; out.append(get(b))
A.x = 3; out.append(get(b))
del B.x; out.append(get(b))
A.x = 4; out.append(get(b))
b.x = 5; out.append(get(b))
del b.x; out.append(get(b))
B.m = lambda self: "B.m"; out.append(call(b))
del B.m; out.append(call(b))
B.__dict__  # raw
A.x = property(lambda self: "prop"); out.append(get(b))
try:
    b.x = 1
except AttributeError as e: out.append("ro")
A.x = 7; b.x = 8; out.append(get(b))
del b.x
def setx(o, v): o.x = v
A.x = property(lambda s: "p2", lambda s, v: out.append(("set", v)))
setx(b, 9); out.append(get(b))
del A.x
setx(b, 10); out.append(get(b))
b.m = lambda: "inst"; out.append(call(b))
class C:
    __slots__ = ("x",)
c = C()
setx(c, 11); out.append(get(c))
for o in (1, "s", 2.0):
    try: out.append(get(o))
    except AttributeError as e: out.append(str(e))
class D:
    def __getattr__(self, n): return "ga:" + n
out.append(get(D()))
D.__getattr__ = lambda self, n: "ga2:" + n
out.append(get(D()))
class E(A): pass
e = E()
out.append(call(e))
A.__dict__  
print(out)
# class dict pop via raw __dict__ (kiln exposes the dict)
class F:
    y = 1
class G(F):
    y = 2
g = G()
def gy(o): return o.y
r = [gy(g), gy(g)]
try:
    G.__dict__.pop('y')
except (TypeError, AttributeError):
    del G.y
r.append(gy(g))
print(r)

class A:
    def __init__(self): self.v = 1
    def __eq__(self, o): return "A.eq"
class B(A): pass
out = []
for i in range(3): out.append(B().v); out.append(B() == 1)
B.__init__ = lambda self: setattr(self, "v", 2); out.append(B().v)
del B.__init__; out.append(B().v)
A.__init__ = lambda self: setattr(self, "v", 3); out.append(B().v)
B.__eq__ = lambda s, o: "B.eq"; out.append(B() == 1)
del B.__eq__; out.append(B() == 1)
class C:
    def __len__(self): return 5
    def __iter__(self): return iter([1, 2])
c = C()
out.append(len(c)); out.append(list(c))
C.__len__ = lambda self: 7; out.append(len(c))
C.__iter__ = lambda self: iter([9]); out.append(list(c))
class M(type): pass
class D(metaclass=M):
    def __call__(self): return "called"
out.append(D()())
D.__call__ = lambda self: "called2"; out.append(D()())
print(out)

class P:
    def __init__(self, a, b): self.a = a; self.b = b
p = P(1, 2); print(p.a, p.b, type(p).__name__)
class R:
    def __init__(self): return 5
try: R()
except TypeError as e: print(e)
class O:
    def __new__(cls, x): return 42
    def __init__(self, x): print("not called")
print(O(1))
class S(P):
    def __new__(cls, a, b):
        o = super().__new__(cls); o.extra = 1; return o
s = S(3, 4); print(s.a, s.b, s.extra)
class Q(P): pass
q = Q(5, 6); print(q.a, q.b)
try: P(1)
except TypeError as e: print(e)
class Ch:
    def __init__(self, x):
        Ch.__init__ = lambda self, x: setattr(self, "v", x * 10)
        self.v = x
print(Ch(1).v, Ch(2).v)
class Deep:
    def __init__(self, n): self.c = Deep(n - 1) if n else None
try: Deep(100000)
except RecursionError as e: print("rec")
class E:
    def __init__(self, x): raise ValueError(x)
try: E("boom")
except ValueError as e: print("val", e)
class K:
    __slots__ = ("x",)
    def __init__(self, x): self.x = x
print(K(9).x)
