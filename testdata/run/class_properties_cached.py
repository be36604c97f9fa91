class Circle:
    instances = 0
    def __init__(self, r):
        self._r = r
        self._area = None
        Circle.instances += 1
    @property
    def r(self):
        return self._r
    @r.setter
    def r(self, value):
        if value <= 0:
            raise ValueError(f'radius must be positive, got {value}')
        self._r = value
        self._area = None
    @property
    def area(self):
        if self._area is None:
            print(f'  (computing area for r={self._r})')
            self._area = round(3.14159 * self._r ** 2, 3)
        return self._area
    @classmethod
    def unit(cls):
        return cls(1)
    def __repr__(self):
        return f'Circle(r={self._r})'
c = Circle(2)
print(c.area, c.area)
c.r = 3
print(c, c.area)
try:
    c.r = -1
except ValueError as e:
    print(e)
print(Circle.unit(), Circle.instances)
