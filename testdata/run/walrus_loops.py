lines = iter(['alpha', 'beta', '', 'gamma'])
while (line := next(lines, None)) is not None:
    if not line:
        print('blank line')
        continue
    print('line:', line)
import math
values = [4, 9, -1, 16]
roots = [r for v in values if v >= 0 and (r := math.isqrt(v)) * r == v]
print(roots, r)
def chunks(data, n):
    it = iter(data)
    while chunk := [x for _, x in zip(range(n), it)]:
        yield chunk
print(list(chunks(range(10), 4)))
stack = [1, 2, 3]
total = 0
while stack and (top := stack.pop()) != 1:
    total += top
print(total, top, stack)
print(any((hit := v) > 5 for v in [3, 7, 9]), hit)
def f(x): return x * 10
results = {name: (val := f(i)) for i, name in enumerate('abc')}
print(results, val)
