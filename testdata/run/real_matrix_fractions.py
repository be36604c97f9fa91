# A matrix class over exact rationals: a small Fraction type with __slots__,
# hashing consistent with int, formatting and rounding; a Matrix with
# operator overloading (+, -, *, @, @=, **, ==, unary -), tuple and slice
# indexing, Gauss-Jordan inverse, determinant, rank and solving systems.
import math
from functools import reduce


class Frac:
    __slots__ = ("num", "den")

    def __init__(self, num, den=1):
        if isinstance(num, Frac):
            num, den = num.num * den, num.den
        if not isinstance(num, int) or not isinstance(den, int):
            raise TypeError(f"Frac needs ints, got {type(num).__name__} and {type(den).__name__}")
        if den == 0:
            raise ZeroDivisionError(f"Frac({num}, 0)")
        g = math.gcd(num, den)
        if den < 0:
            g = -g
        self.num, self.den = num // g, den // g

    @classmethod
    def of(cls, x):
        return x if isinstance(x, cls) else cls(x)

    def __add__(self, o):
        if not isinstance(o, (int, Frac)):
            return NotImplemented
        o = Frac.of(o)
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __neg__(self):
        return Frac(-self.num, self.den)

    def __sub__(self, o):
        return self + -Frac.of(o) if isinstance(o, (int, Frac)) else NotImplemented

    def __rsub__(self, o):
        return Frac.of(o) - self

    def __mul__(self, o):
        if not isinstance(o, (int, Frac)):
            return NotImplemented
        o = Frac.of(o)
        return Frac(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Frac.of(o)
        return Frac(self.num * o.den, self.den * o.num)

    def __rtruediv__(self, o):
        return Frac.of(o) / self

    def __pow__(self, n):
        if n < 0:
            return Frac(self.den ** -n, self.num ** -n)
        return Frac(self.num ** n, self.den ** n)

    def __eq__(self, o):
        if isinstance(o, int):
            return self.den == 1 and self.num == o
        if isinstance(o, Frac):
            return (self.num, self.den) == (o.num, o.den)
        return NotImplemented

    def __lt__(self, o):
        o = Frac.of(o)
        return self.num * o.den < o.num * self.den

    def __gt__(self, o):
        return Frac.of(o) < self

    def __hash__(self):
        return hash(self.num) if self.den == 1 else hash((self.num, self.den))

    def __bool__(self):
        return self.num != 0

    def __abs__(self):
        return Frac(abs(self.num), self.den)

    def __float__(self):
        return self.num / self.den

    def __round__(self, ndigits=None):
        if ndigits is None:
            q, r = divmod(self.num * 2 + self.den, self.den * 2)
            return q
        return round(float(self), ndigits)

    def __repr__(self):
        return f"Frac({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"

    def __format__(self, spec):
        if spec.endswith(("f", "e", "g", "%")):
            return format(float(self), spec)
        return format(str(self), spec)


class Matrix:
    def __init__(self, rows):
        rows = [[Frac.of(x) for x in row] for row in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and of equal length")
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, key):
        if isinstance(key, tuple):
            i, j = key
            if isinstance(i, slice) or isinstance(j, slice):
                sub = [row[j] if isinstance(j, slice) else [row[j]] for row in self.rows[i if isinstance(i, slice) else slice(i, i + 1)]]
                return Matrix(sub)
            return self.rows[i][j]
        return list(self.rows[key])

    def __iter__(self):
        return (list(r) for r in self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    __hash__ = None

    def _zip(self, other, op):
        if not isinstance(other, Matrix):
            return NotImplemented
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch: {self.shape} vs {other.shape}")
        return Matrix([[op(a, b) for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __add__(self, other):
        return self._zip(other, lambda a, b: a + b)

    def __sub__(self, other):
        return self._zip(other, lambda a, b: a - b)

    def __neg__(self):
        return Matrix([[-x for x in r] for r in self.rows])

    def __mul__(self, k):
        if isinstance(k, (int, Frac)):
            return Matrix([[x * k for x in r] for r in self.rows])
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        (n, m), (m2, p) = self.shape, other.shape
        if m != m2:
            raise ValueError(f"cannot multiply {n}x{m} by {m2}x{p}")
        cols = list(zip(*other.rows))
        return Matrix([[sum((a * b for a, b in zip(r, c)), Frac(0)) for c in cols] for r in self.rows])

    def __pow__(self, n):
        if self.shape[0] != self.shape[1]:
            raise ValueError("only square matrices have powers")
        if n < 0:
            return self.inverse() ** -n
        result, base = Matrix.identity(self.shape[0]), self
        while n:
            if n & 1:
                result = result @ base
            base, n = base @ base, n >> 1
        return result

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def _eliminate(self, augment=None):
        n, m = self.shape
        rows = [list(r) + (list(a) if augment else []) for r, a in zip(self.rows, augment.rows if augment else self.rows)]
        sign, rank, pivot_row = 1, 0, 0
        for col in range(m):
            pivot = next((r for r in range(pivot_row, n) if rows[r][col]), None)
            if pivot is None:
                continue
            if pivot != pivot_row:
                rows[pivot], rows[pivot_row] = rows[pivot_row], rows[pivot]
                sign = -sign
            pv = rows[pivot_row][col]
            rows[pivot_row] = [x / pv for x in rows[pivot_row]]
            sign_scale = pv
            for r in range(n):
                if r != pivot_row and rows[r][col]:
                    f = rows[r][col]
                    rows[r] = [a - f * b for a, b in zip(rows[r], rows[pivot_row])]
            rank += 1
            pivot_row += 1
            sign = sign * sign_scale
        return rows, rank, sign

    def rank(self):
        return self._eliminate()[1]

    def determinant(self):
        n, m = self.shape
        if n != m:
            raise ValueError("determinant of a non-square matrix")
        rows, rank, scale = self._eliminate()
        return Frac(0) if rank < n else Frac.of(scale)

    def inverse(self):
        n = self.shape[0]
        rows, rank, _ = self._eliminate(Matrix.identity(n))
        if rank < n:
            raise ZeroDivisionError("matrix is singular")
        return Matrix([r[n:] for r in rows])

    def solve(self, b):
        return self.inverse() @ Matrix([[x] for x in b])

    def __repr__(self):
        return f"Matrix({[[str(x) for x in r] for r in self.rows]})"

    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[ " + "  ".join(c.rjust(w) for c in r) + " ]" for r in cells)


half, third = Frac(1, 2), Frac(1, 3)
print(half + third, half - third, half * third, half / third, 1 - half, 2 / third, third ** -2)
print(repr(Frac(6, -8)), Frac(4, 2) == 2, hash(Frac(4, 2)) == hash(2), {Frac(2, 1), 2, Frac(1, 2)} == {2, half})
print(f"{Frac(1, 3):.4f} {Frac(22, 7):>8} {Frac(-5, 2):^9}|", round(Frac(5, 2)), round(Frac(7, 2)), round(Frac(-1, 3), 3))
print(sorted([Frac(3, 4), Frac(-1, 2), Frac(2, 3), 1]), max(Frac(1, 7), Frac(1, 6)), sum([half, third, Frac(1, 6)]))
for bad in [lambda: Frac(1, 0), lambda: Frac(1.5), lambda: half + 0.5, lambda: Matrix([[1], [1, 2]])]:
    try:
        bad()
    except (TypeError, ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)

a = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
b = Matrix([[half, 0, 0], [0, third, 0], [0, 0, 1]])
print(a)
print("shape", a.shape, "rank", a.rank(), "det", a.determinant())
print(a + b)
print(a @ b)
print((a - a) == Matrix([[0] * 3] * 3), -a == a * -1, 3 * a == a + a + a)
inv = a.inverse()
print(inv)
print("a @ inv == I:", a @ inv == Matrix.identity(3))
print("a ** 3:", repr(a ** 3))
print("a ** -1 == inv:", a ** -1 == inv)
print("solve:", [str(x) for r in a.solve([4, 5, 6]) for x in r])
print("a[1, 2] =", a[1, 2], "a[0] =", a[0], "a[0:2, 1:] =", repr(a[0:2, 1:]))
print("transpose:", repr(a.transpose()))
print("rows:", [[str(x) for x in row] for row in a])
m = Matrix.identity(2)
m_id = id(m)
m @= Matrix([[1, 1], [0, 1]])
print("@= rebinds:", id(m) != m_id, repr(m ** 5))
singular = Matrix([[1, 2], [2, 4]])
print("singular rank", singular.rank(), "det", singular.determinant())
for bad in [lambda: singular.inverse(), lambda: a @ singular, lambda: a + singular, lambda: Matrix([[1, 2]]).determinant(), lambda: hash(a), lambda: a @ 3]:
    try:
        bad()
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
fib = Matrix([[1, 1], [1, 0]]) ** 90
print("fib(90) =", fib[0, 1])
print("product:", reduce(lambda x, y: x @ y, [a, b, a.transpose()]) == a @ b @ a.transpose())
