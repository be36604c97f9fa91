"""A small matrix library with exact rational arithmetic (hand-written Fraction)."""


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Q:
    """Exact rational number."""
    __slots__ = ("n", "d")

    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Q denominator is zero")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g

    @staticmethod
    def of(x):
        return x if isinstance(x, Q) else Q(x)

    def __add__(self, o):
        o = Q.of(o)
        return Q(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __sub__(self, o):
        o = Q.of(o)
        return Q(self.n * o.d - o.n * self.d, self.d * o.d)

    def __rsub__(self, o):
        return Q.of(o) - self

    def __mul__(self, o):
        o = Q.of(o)
        return Q(self.n * o.n, self.d * o.d)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Q.of(o)
        return Q(self.n * o.d, self.d * o.n)

    def __neg__(self):
        return Q(-self.n, self.d)

    def __eq__(self, o):
        o = Q.of(o)
        return self.n == o.n and self.d == o.d

    def __hash__(self):
        return hash((self.n, self.d))

    def __bool__(self):
        return self.n != 0

    def __repr__(self):
        return str(self.n) if self.d == 1 else f"{self.n}/{self.d}"


class Matrix:
    def __init__(self, rows):
        rows = [list(map(Q.of, r)) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __mul__(self, other):
        if isinstance(other, (int, Q)):
            return Matrix([[a * other for a in r] for r in self.rows])
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum((a * b for a, b in zip(r, c)), Q(0)) for c in cols] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        return self * other

    def __pow__(self, k):
        result = Matrix.identity(self.shape[0])
        base = self
        while k:
            if k & 1:
                result = result * base
            base = base * base
            k >>= 1
        return result

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def determinant(self):
        n = self.shape[0]
        m = [r[:] for r in self.rows]
        det = Q(1)
        for col in range(n):
            pivot = next((r for r in range(col, n) if m[r][col]), None)
            if pivot is None:
                return Q(0)
            if pivot != col:
                m[col], m[pivot] = m[pivot], m[col]
                det = -det
            det = det * m[col][col]
            for r in range(col + 1, n):
                f = m[r][col] / m[col][col]
                m[r] = [a - f * b for a, b in zip(m[r], m[col])]
        return det

    def inverse(self):
        n = self.shape[0]
        aug = [r[:] + [Q(1) if i == j else Q(0) for j in range(n)] for i, r in enumerate(self.rows)]
        for col in range(n):
            pivot = next((r for r in range(col, n) if aug[r][col]), None)
            if pivot is None:
                raise ValueError("matrix is singular")
            aug[col], aug[pivot] = aug[pivot], aug[col]
            p = aug[col][col]
            aug[col] = [x / p for x in aug[col]]
            for r in range(n):
                if r != col and aug[r][col]:
                    f = aug[r][col]
                    aug[r] = [a - f * b for a, b in zip(aug[r], aug[col])]
        return Matrix([r[n:] for r in aug])

    def __str__(self):
        cells = [[repr(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[ " + "  ".join(c.rjust(w) for c in r) + " ]" for r in cells)


A = Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
B = Matrix([[1, 2], [3, 4], [5, 6]])
print(A, A.shape, sep="\n")
print("det(A) =", A.determinant())
Ainv = A.inverse()
print("inverse:", Ainv, sep="\n")
print("A * A^-1 == I:", A * Ainv == Matrix.identity(3))
print("A @ B:", A @ B, sep="\n")
print("B^T:", B.transpose(), sep="\n")
print("2 * A + A:", 2 * A + A, sep="\n")
fib = Matrix([[1, 1], [1, 0]]) ** 90
print("fib(90) =", fib[0, 1])
H = Matrix([[Q(1, i + j + 1) for j in range(4)] for i in range(4)])
print("Hilbert det:", H.determinant())
print("Hilbert inverse:", H.inverse(), sep="\n")
for bad in [lambda: A + B, lambda: B * B, lambda: Matrix([[1, 2], [2, 4]]).inverse(), lambda: Matrix([[1], [1, 2]]), lambda: Q(1, 0)]:
    try:
        bad()
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(Q(6, -4), Q(3, 9) + Q(1, 3), Q(1, 2) * 4, 1 - Q(1, 3), {Q(2, 4), Q(1, 2)})
