n = 4
m = [[i * n + j for j in range(n)] for i in range(n)]
for row in m:
    print(row)
t = [list(col) for col in zip(*m)]
print(t)
print([m[i][i] for i in range(n)], sum(m[i][n - 1 - i] for i in range(n)))
flat = [x for row in m for x in row if x % 3 == 0]
print(flat)
print([[x * y for x in range(1, 4)] for y in range(1, 4)])
print([(x, y) for x in range(3) for y in range(x)])
