# Module-level loops: names read and written through the module's globals.
import math

s = 0
for i in range(20000):
    s += i
print(s, i)

total = 0.0
for k in range(5000):
    total += math.sqrt(k) * 0.5
print(round(total, 6))

n = 0
acc = 1
while n < 3000:
    acc = (acc * 3 + n) % 1000003
    n += 1
print(n, acc)

data = [3, 1, 4, 1, 5, 9, 2, 6]
def sq(x):
    return x * x
t = 0
for j in range(4000):
    t += sq(data[j % len(data)])
print(t)

x = 1.5
y = 0.0
for m in range(3000):
    y = y + x * m
print(y)
