import math
vals = [0.1] * 10
print(sum(vals), math.fsum(vals), sum(vals) == 1.0)
big = [1e100, 1.0, -1e100]
print(sum(big), math.fsum(big))
acc = 0.0
for i in range(1, 11):
    acc += 1 / i
print(acc, repr(acc))
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(2.5), round(0.285, 2))
print(1.1 * 3, 3.3, 1.1 + 2.2, 4.35 * 100, 0.57 * 100, int(0.57 * 100))
x = 1.0
for _ in range(52):
    x /= 2
print(x, 1.0 + x, 1.0 + x / 2 == 1.0)
print([i / 10 for i in range(11)])
print(sum(i / 3 for i in range(9)), 1 / 3 + 1 / 3 + 1 / 3)
