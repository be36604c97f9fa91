# list matrix multiply: nested lists of floats and ints.
import sys


def make(n, seed):
    return [[((i * n + j) * seed) % 17 - 8.0 for j in range(n)] for i in range(n)]


def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    bt = [[b[k][j] for k in range(m)] for j in range(p)]
    out = []
    for i in range(n):
        row = a[i]
        out_row = []
        for j in range(p):
            col = bt[j]
            s = 0.0
            for k in range(m):
                s += row[k] * col[k]
            out_row.append(s)
        out.append(out_row)
    return out


n = int(sys.argv[1]) if len(sys.argv) > 1 else 220
c = matmul(make(n, 3), make(n, 5))
print(sum(sum(r) for r in c), c[0][0], c[n - 1][n - 1])
