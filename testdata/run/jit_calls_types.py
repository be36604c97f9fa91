# Recursive calls compiled for the argument types the trace saw, and calls
# whose arguments change type deep in the recursion: a float, a bool, a
# big int, None and a str reaching the same function, and a result of
# another type than recorded coming back from the callee.

try:
    import kilnjit  # Kiln: compile recursive calls, functions early
    kilnjit.set_param(call_assembler=1, function_threshold=64)
except ImportError:
    pass


def tri(n, step):
    if n <= 0:
        return 0
    if n == 37:
        step = step * 1.5  # a float from here down
    return tri(n - step, step) + n


def mix(n):
    if n <= 0:
        return 0
    if n == 50:
        return mix(float(n) - 1) + 1  # float argument deep down
    if n == 25:
        return mix(n - 1) + 2 ** 70  # big int result
    return mix(n - 1) + n


def label(n):
    if n == 0:
        return "end"
    if n == 7:
        return label(n - 1) + "!"
    return label(n - 1)


def nest(x, n):
    if n == 0:
        return x
    if n == 13:
        return nest(None, n - 1)
    return nest(x, n - 1)


def main():
    for i in range(300):
        tri(30, 1)
        mix(20)
    print(tri(100, 1))
    print(mix(100))
    print(label(20))
    print(nest(5, 20), nest(5, 10))
    print(tri(60, True))


main()
