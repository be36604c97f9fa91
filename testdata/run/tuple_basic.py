t = (1, 'two', 3.0, [4])
print(t, len(t), t[1], t[-1], t[1:3], t[::-1])
print((), (1,), tuple(), tuple([1, 2]), tuple('abc'), 1, )
print(t.count(1), t.index('two'), (1, 2) + (3,), (1,) * 3)
print((1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 9, 9), () < (0,))
t[3].append(5)
print(t)
try:
    t[0] = 9
except TypeError as e:
    print(e)
try:
    t.index(99)
except ValueError as e:
    print(e)
try:
    hash(t)
except TypeError as e:
    print(e)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): 'pair'}[(1, 2)])
a, b = 1, 2
a, b = b, a
print(a, b)
x = 1, 2, 3
print(x, type(x).__name__)
print((1, (2, (3, (4,)))))
print(tuple(i * i for i in range(4)))
