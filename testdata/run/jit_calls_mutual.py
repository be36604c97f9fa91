# Mutual recursion (is_even/is_odd, a tree walk through two functions) and
# recursion through a generator, with recursive calls compiled.

try:
    import kilnjit  # Kiln: compile recursive calls, functions early
    kilnjit.set_param(call_assembler=1, function_threshold=64)
except ImportError:
    pass


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def count_a(n, acc):
    if n <= 0:
        return acc
    return count_b(n - 1, acc + 2)


def count_b(n, acc):
    if n <= 0:
        return acc
    return count_a(n - 1, acc * 3 % 1000003)


def walk(n):
    # a generator calling itself recursively
    if n > 0:
        yield from walk(n - 1)
    yield n


def depth_sum(n):
    if n == 0:
        return sum(walk(3))
    return depth_sum(n - 1) + n


print([is_even(i) for i in range(0, 400, 7)])
print([is_odd(i) for i in range(0, 400, 7)])
print(sum(count_a(i, 1) for i in range(200)))
print(list(walk(10)))
print(sum(depth_sum(i) for i in range(200)))
