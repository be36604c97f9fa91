print('pkg_demo.shapes loading; package =', __package__)
class Square:
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
    def __repr__(self):
        return f'Square({self.side})'
def area_of(shape):
    return shape.area()
