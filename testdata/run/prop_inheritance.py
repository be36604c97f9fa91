class Shape:
    @property
    def area(self):
        return 0
    @property
    def name(self):
        return type(self).__name__.lower()
class Square(Shape):
    def __init__(self, s): self.s = s
    @property
    def area(self):
        return self.s ** 2
class Labeled(Square):
    @Square.area.getter
    def area(self):
        return f'area={self.s ** 2}'
shapes = [Shape(), Square(3), Labeled(4)]
print([(s.name, s.area) for s in shapes])
class Computed:
    total = property(lambda self: sum(self.items), doc='sum of items')
    def __init__(self): self.items = [1, 2, 3]
c = Computed()
print(c.total, Computed.total.__doc__)
c.items.append(10)
print(c.total)
class Base:
    @property
    def v(self): return 'base'
class Sub(Base):
    v = 'plain attribute'
print(Sub().v)
