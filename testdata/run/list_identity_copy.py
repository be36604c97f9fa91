a = [[1, 2], [3, 4]]
shallow = a[:]
also_shallow = list(a)
copy_method = a.copy()
deep = [row[:] for row in a]
a[0].append(99)
a.append([5])
print(a)
print(shallow, also_shallow, copy_method)
print(deep)
print(shallow[0] is a[0], deep[0] is a[0], shallow is a)
x = [1, 2, 3]
y = x
y += [4]
print(x)
y = y + [5]
print(x, y)
z = [0] * 3
z[0] = 1
print(z)
rows = [[]] * 3
rows[0].append('shared')
print(rows)
rows = [[] for _ in range(3)]
rows[0].append('separate')
print(rows)
