values = [3, 2, 1, 0]
inverse = lambda x: 10 // x
print([inverse(v) for v in values])
