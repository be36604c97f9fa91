[x for x in range(10)]
[x * y for x in range(3) for y in range(3)]
[x for x in data if x if x > 0]
{x for x in s}
{k: v for k, v in d.items()}
{k: v for k, v in d.items() if v}
(x for x in it)
[[y for y in row] for row in matrix]
[(a, b) for a, *b in pairs]
[x async for x in aiter()]
[await x for x in y]
{x: [y for y in x] for x in z}
list(x for x in y if x)
[x for x, in pairs]
[x for x in lambda_ if (y := x)]
sum(i * i for i in range(10) if i % 2 for j in range(i))
