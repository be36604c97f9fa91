"""A docstring may come before the future statement."""
from __future__ import annotations
from __future__ import division
x: undefined_name = 1
y: also.undefined[1]
def f(a: nope, *, b: nope2 = 2) -> nope3: return a
class C:
    attr: ClassVar[nope]
    def m(self) -> C: pass
print(__annotations__, __doc__)
print(f.__annotations__, f(1))
print(C.__annotations__, C.m.__annotations__)
g = {}
exec("def h(a: q): pass", g)
print(g["h"].__annotations__)
exec(compile("def h(a: q): pass", "s", "exec"), g)
print(g["h"].__annotations__)
try:
    exec(compile("def h(a: q): pass", "s", "exec", dont_inherit=True), g)
except NameError as e:
    print("NameError", e)
exec(compile("def h(a: q + 1): pass", "s", "exec", 0x1000000, dont_inherit=True), g)
print(g["h"].__annotations__)
