# Calls of small Python functions inlined into traces, globals read in
# loops (and rebound between runs), and an exception raised inside an
# inlined call, with the right traceback lines.

K = 3


def g(x, y):
    return x * y + 1


def h(x):
    return g(x, K) - x


def f(n):
    s = 0
    for j in range(n):
        s += h(j) + g(j, j)
    return s


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def uses_recursion(n):
    s = 0
    for i in range(n):
        s += fact(i % 10)
    return s


def inv(x):
    return 100 // x


def reciprocals(n):
    s = 0
    for i in range(n, -1, -1):
        s += inv(i)
    return s


print(f(20000))
K = 5
print(f(20000))
print(uses_recursion(5000))
print(reciprocals(3000))
