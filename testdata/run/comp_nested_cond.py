matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([n for row in matrix for n in row if n % 2 == 0])
print([[n ** 2 for n in row] for row in matrix])
print({(r, c): matrix[r][c] for r in range(3) for c in range(3) if r == c})
words = ['apple', 'bob', 'kayak', 'level', 'python']
print([w for w in words if w == w[::-1]], {w: len(w) for w in words}, {len(w) for w in words})
print(['fizzbuzz' if i % 15 == 0 else 'fizz' if i % 3 == 0 else 'buzz' if i % 5 == 0 else i for i in range(1, 16)])
pairs = [(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c]
print(pairs)
print([x for x in [y for y in range(20) if y % 2] if x % 3])
print(sum(1 for _ in 'hello'), dict((c, ord(c)) for c in 'ab'))
