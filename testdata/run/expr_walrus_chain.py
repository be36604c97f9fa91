# Walrus operator in many positions.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print('long list', n)
while (item := data.pop()) != 1:
    print('popped', item)
print(data)
print([y for x in range(6) if (y := x * x) % 2])
print(y)
print((a := 1, b := 2), a, b)
def f(v):
    return (w := v + 1) * w
print(f(3))
print([last := i for i in range(3)], last)
vals = {k: (t := k * 3) for k in range(3)}
print(vals, t)
