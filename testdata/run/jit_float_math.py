# Float loops with math functions, int/float mixing and a guard on the
# divisor: the exception comes from the interpreter at the right line.
import math


def series(n):
    t = 0.0
    for j in range(n):
        t += math.sqrt(j) * 0.5 - math.sin(j) / 3 + math.cos(j * 0.25)
    return t


def harmonic(n):
    h = 0.0
    k = 1
    while k <= n:
        h += 1.0 / k
        k += 1
    return h


def mixed(n):
    x = 0
    for i in range(n):
        x = x + 1.5 if i == n // 2 else x + 1
    return x


def divide(n, zero_at):
    acc = 0.0
    for i in range(n):
        acc += 10.0 / (i - zero_at)
    return acc


print(round(series(20000), 6))
print(harmonic(100000))
print(mixed(10000))
print(divide(3000, 5000.0))
try:
    print(divide(6000, 4000))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, "at line", e.__traceback__.tb_next.tb_lineno)
print(math.exp(3.0), math.log(10.0), math.atan(1.0) * 4)
