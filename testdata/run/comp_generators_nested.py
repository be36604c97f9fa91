words = ['apple', 'banana', 'cherry', 'date']
index = {w[0]: [i for i, ch in enumerate(w) if ch in 'aeiou'] for w in words}
print(index)
lengths = {len(w) for w in words}
print(sorted(lengths))
grid = [[(r, c) for c in range(3)] for r in range(2)]
print(grid)
print([cell for row in grid for cell in row if sum(cell) % 2 == 0])
print({k: v for k, v in sorted({'b': 2, 'a': 1}.items(), reverse=True)})
print([(lambda x: x * x)(i) for i in range(4)])
print([[j for j in range(i)] for i in range(4)])
print(sum(x * y for x in range(4) for y in range(4) if x != y))
print([x for x in range(30) if x % 2 == 0 if x % 3 == 0])
pairs = {(a, b) for a in range(3) for b in range(3) if a < b}
print(sorted(pairs))
print(list({w: None for w in 'the cat the hat'.split()}))
