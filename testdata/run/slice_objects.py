s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
print(s.indices(6), slice(None, None, -1).indices(5), slice(-3, None).indices(10), slice(100, -100, -3).indices(7))
data = list(range(10))
print(data[s], data[slice(3)], data[slice(-2, None)], 'abcdef'[slice(None, None, 2)])
print(data[-3:], data[:-3], data[::3], data[8:2:-2], data[-1:-5:-1], data[5:5], data[::-1][:3])
class Seq:
    def __getitem__(self, key):
        return key
q = Seq()
print(q[1:2], q[::3], q[1:2, 3], q[...], q[:, 1], q[1:2:3, ::])
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3))
try:
    [1, 2][::0]
except ValueError as e:
    print(e)
try:
    [1][1:'a']
except TypeError as e:
    print(e)
print(Ellipsis, ..., type(...).__name__)
