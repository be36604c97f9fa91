# Variables of enclosing functions (cells) read in compiled loops: ints and
# objects, a cell rebound between runs, and a float cell (not compiled).


def outer(n):
    k = 3
    rows = [[i, i + 1] for i in range(n)]

    def inner():
        s = 0
        for i in range(n):
            s += k * rows[i][1]
        return s

    first = inner()
    k = 10**20  # the cell now holds a big int: the guard on its tag fails
    return first, inner()


def floats(n):
    f = 0.5

    def inner():
        s = 0.0
        for i in range(n):
            s += f
        return s

    return inner()


def rebound(n):
    data = [1] * n

    def total():
        s = 0
        for i in range(len(data)):
            s += data[i]
        return s

    a = total()
    data = (2,) * n  # a tuple now: the class guard fails
    return a, total()


print(outer(3000))
print(floats(3000))
print(rebound(3000))
