a = [1, 2, 3]
print(a + [4], a * 2, [0] * 3, 2 * [None], a * 0)
print(a == [1, 2, 3], a != [1, 2], a < [1, 2, 4], [1, [2]] == [1, [2]], [] == [])
print(len(a), min(a), max(a), sum(a), 2 in a, 5 not in a)
print(list(), list('ab'), list(range(3)), list((1, 2)), list({1: 'a'}))
a[0] = 'x'; print(a)
a[1:2] = [7, 8, 9]; print(a)
a[::2] = ['e', 'e', 'e']; print(a)
del a[1]; print(a)
del a[::2]; print(a)
a[:] = []; print(a)
nested = [[1, 2], [3, 4]]
print(nested[1][0], [row[1] for row in nested], [x for row in nested for x in row])
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
try:
    a[1:3:1] = 5
except TypeError as e:
    print(e)
try:
    b = [1, 2, 3, 4]
    b[::2] = [1]
except ValueError as e:
    print(e)
try:
    [1, 2][5] = 3
except IndexError as e:
    print(e)
try:
    [1] + (2,)
except TypeError as e:
    print(e)
print(list(reversed([1, 2, 3])), sorted([3, 1, 2]), [1, 2, 3][::-1])
l = [1, 2]
l.append(l)
print(l)
