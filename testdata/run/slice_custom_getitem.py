class Sheet:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            rows = self.rows[r] if isinstance(r, slice) else [self.rows[r]]
            out = [row[c] for row in rows]
            return out if isinstance(r, slice) else out[0]
        if isinstance(key, slice):
            start, stop, step = key.indices(len(self.rows))
            return [self.rows[i] for i in range(start, stop, step)]
        return self.rows[key]
s = Sheet([[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]])
print(s[1], s[1:3], s[::2], s[-1], s[1, 2], s[:, 0], s[1:, 1:], s[::-1, -1])
class Recorder:
    def __getitem__(self, key):
        return key
    def __setitem__(self, key, value):
        print('setitem', key, value)
    def __delitem__(self, key):
        print('delitem', key)
r = Recorder()
print(r[::], r[1:], r[:2], r[::3], r[1:2, ::2], r[..., 1])
r[1:3] = 'abc'
del r[::2]
print(slice(1, 10, 3).indices(5), slice(-1, -10, -2).indices(6))
