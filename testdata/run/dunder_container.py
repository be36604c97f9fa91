class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f'{key} out of range')
        return self.cells.get(key, '.')
    def __setitem__(self, key, v):
        print('set', key, v)
        self.cells[key] = v
    def __delitem__(self, key):
        print('del', key)
        del self.cells[key]
    def __contains__(self, v):
        return v in self.cells.values()
    def __len__(self):
        return len(self.cells)
    def __iter__(self):
        for y in range(self.h):
            yield ''.join(self[x, y] for x in range(self.w))
g = Grid(3, 2)
g[0, 0] = '#'
g[2, 1] = '@'
print(len(g), '#' in g, '!' in g, g[1, 1], list(g))
del g[0, 0]
print(len(g), list(g))
try:
    g[5, 5]
except IndexError as e:
    print(e)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq(), [x for x in Seq()])
class Empty:
    def __len__(self): return 0
print(bool(Empty()), len(Empty()), 'truthy' if Empty() else 'falsy')
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
