# Makes many Point instances in make_points and a few Other instances.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Other:
    pass

def make_points(n):
    return [Point(i, i) for i in range(n)]

def make_others(n):
    return [Other() for i in range(n)]

for _ in range(5):
    make_points(100000)
    make_others(1000)
