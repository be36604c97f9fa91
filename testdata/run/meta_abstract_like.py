class Interface(type):
    def __call__(cls, *a, **k):
        abstract = sorted(n for n in dir(cls) if getattr(getattr(cls, n), '_abstract', False))
        if abstract:
            raise TypeError(f"Can't instantiate {cls.__name__} with abstract methods {', '.join(abstract)}")
        return super().__call__(*a, **k)
def abstract(f):
    f._abstract = True
    return f
class Shape(metaclass=Interface):
    @abstract
    def area(self): ...
    @abstract
    def perimeter(self): ...
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
try:
    Shape()
except TypeError as e:
    print(e)
sq = Square(3)
print(sq.area(), sq.perimeter())
class Half(Shape):
    def area(self): return 1
try:
    Half()
except TypeError as e:
    print(e)
