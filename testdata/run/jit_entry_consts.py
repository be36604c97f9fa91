# Loops that use constants the recorder folds or guards: powers of
# constants (10**7), small powers of variables (an overflow in the last
# iteration), "is None" / "is not None" / "is True" on objects, and
# module-level names holding bools and None, with a deoptimisation where
# each assumption stops holding.


def powers(n):
    t = 0
    for i in range(n):
        t += 10**3 + i ** 2
        t = t % (10**9 + 7)
        u = 2 ** 10
        t += u
    return t


def cube_sum(n, last):
    t = 0
    for i in range(n):
        x = i if i < n - 1 else last
        t += x ** 3
    return t


def float_powers(n):
    t = 0.0
    for i in range(n):
        x = i * 0.5
        t += x ** 2 + x ** 3 * 0.001
    return t


class Box:
    pass


def nones(n, flip):
    t = 0
    z = None
    b = Box()
    for i in range(n):
        if i == flip:
            z = b
        if z is None:
            t += 1
        if z is not None:
            t += 100
        if b is not None:
            t += 2
        if (i > 5) is True:
            t += 3
    return t


print(powers(5000))
print(cube_sum(5000, 3), cube_sum(5000, 10**7))
print(float_powers(5000))
print(nones(5000, 4000), nones(5000, 10000))

flag = True
nothing = None
count = 0
for i in range(6000):
    if flag:
        count += 1
    if nothing is None:
        count += 2
    flag = i % 3 != 0
    nothing = None
    if i == 5000:
        flag = 0
    if i == 5500:
        nothing = "something"
print(count, flag, nothing)
