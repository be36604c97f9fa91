def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print('found at', i)
            break
    else:
        print('not found')
find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)
n = 0
while n < 3:
    n += 1
else:
    print('while finished normally, n =', n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print('not printed')
for i in range(6):
    if i % 2:
        continue
    print('even', i)
for outer in range(3):
    for inner in range(3):
        if inner == outer:
            break
    else:
        print('inner loop completed for', outer)
print([i for i in range(3)], i)
for ch in 'ab':
    pass
print(ch)
count = 0
for _ in range(1000):
    count += 1
print(count)
for x in []:
    pass
else:
    print('else on empty for')
