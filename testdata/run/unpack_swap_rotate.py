a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
nums = [5, 3, 8, 1]
for i in range(len(nums)):
    for j in range(len(nums) - 1 - i):
        if nums[j] > nums[j + 1]:
            nums[j], nums[j + 1] = nums[j + 1], nums[j]
print(nums)
x, y = 1, 2
x, y = y, x + y
print(x, y)
fib = [0, 1]
for _ in range(10):
    fib.append(fib[-1] + fib[-2])
print(fib)
m, n = 1071, 462
while n:
    m, n = n, m % n
print('gcd', m)
head, *tail = 'abc'
print(head, ''.join(tail))
