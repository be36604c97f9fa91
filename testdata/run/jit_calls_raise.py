# Recursive calls compiled as calls of the function's own code, and
# exceptions: one raised at depth 500 (its traceback shows every level,
# folded as CPython folds repeated lines), one caught halfway up, a
# RecursionError at the recursion limit, and recovery after each.
import sys

try:
    import kilnjit  # Kiln: compile recursive calls, functions early
    kilnjit.set_param(call_assembler=1, function_threshold=64)
except ImportError:
    pass


def down(n, fail_at):
    if n == fail_at:
        raise ValueError("failed at %d" % n)
    if n == 0:
        return 0
    return down(n - 1, fail_at) + 1


def catch(n, fail_at):
    if n == 0:
        return 0
    if n == fail_at // 2:
        try:
            return catch(n - 1, fail_at) + 1
        except ValueError as e:
            return -1000
    return down(n - 1, fail_at - 1) + 1 if n < 20 else catch(n - 1, fail_at) + 1


def deep(n):
    if n == 0:
        return 0
    return deep(n - 1) + 1


def warm():
    for i in range(200):
        down(30, -1)


warm()
print(down(600, -1))
try:
    down(600, 100)
except ValueError as e:
    print("caught", e)
print(catch(40, 30), catch(40, -1))
print(deep(900))
try:
    deep(100000)
except RecursionError as e:
    print("RecursionError:", e)
print(deep(900))
limit = sys.getrecursionlimit()
sys.setrecursionlimit(300)
try:
    deep(400)
except RecursionError as e:
    print("RecursionError at 300:", e)
sys.setrecursionlimit(limit)
print(deep(500))
down(600, 100)  # raises 500 levels deep
