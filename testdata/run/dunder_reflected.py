class R:
    def __init__(self, name): self.name = name
    def __radd__(self, o): return f'{o!r} + {self.name} (radd)'
    def __rsub__(self, o): return f'{o!r} - {self.name} (rsub)'
    def __rtruediv__(self, o): return f'{o!r} / {self.name}'
    def __rfloordiv__(self, o): return f'{o!r} // {self.name}'
    def __rmod__(self, o): return f'{o!r} % {self.name}'
    def __rpow__(self, o): return f'{o!r} ** {self.name}'
    def __rlshift__(self, o): return f'{o!r} << {self.name}'
    def __rand__(self, o): return f'{o!r} & {self.name}'
    def __rmatmul__(self, o): return f'{o!r} @ {self.name}'
r = R('r')
print(1 + r, 'a' - r, 2 / r, 3 // r, 4 % r, 5 ** r, 6 << r, 7 & r, [1] @ r)
print(sum([r], 10))
class Base:
    def __add__(self, o): return 'Base.__add__'
    def __radd__(self, o): return 'Base.__radd__'
class Derived(Base):
    def __radd__(self, o): return 'Derived.__radd__ (subclass first)'
print(Base() + Derived(), Derived() + Base())
class Left:
    def __add__(self, o): return NotImplemented
class Right:
    def __radd__(self, o): return 'Right handled it'
print(Left() + Right())
try:
    Left() + Left()
except TypeError as e:
    print(e)
