# Int loops the JIT compiles: while and for-range loops, branches that
# become bridges, and overflow into big ints (a guard, then the
# interpreter) in the first, a middle and the last iteration.


def while_sum(n):
    s = 0
    i = 0
    while i < n:
        s += i * 2 % 7
        i += 1
    return s


def branches(n):
    total = 0
    i = 0
    while i < n:
        if i % 3 == 0:
            total += i
        elif i % 3 == 1:
            total -= 1
        else:
            total ^= i
        i += 1
    return total


def grow(n, start):
    x = start
    for i in range(n):
        x = x + x // 3 + 1
    return x


def overflow_last(n):
    x = 1
    for i in range(n):
        if i == n - 1:
            x = x * 2 ** 62
        x = x * 2 // 2
    return x


def countdown(n):
    steps = 0
    for i in range(n, 0, -3):
        steps += i >> 2
        steps &= 0xFFFFFF
        steps = -steps if steps > 1000000 else steps
    return steps


def nested(n):
    s = 0
    for i in range(n):
        j = 0
        while j < 4:
            s += i * j
            j += 1
    return s


print(while_sum(100000))
print(branches(30000))
print(grow(100, 1))
print(grow(3000, 0) % 1000000007)
print(overflow_last(5000))
print(countdown(50000))
print(nested(3000))
for k in range(3):
    print(while_sum(2000 + k), branches(1500 + k))
