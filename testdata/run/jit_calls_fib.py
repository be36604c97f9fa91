# Recursive functions whose traces keep their recursive calls as calls of
# their own compiled code (call_assembler): fib, a sum over a range split
# in halves, and a function whose result leaves the machine int range deep
# in the recursion (an overflow guard fails there, the result becomes a
# big int and the callers' recorded int result no longer holds).

try:
    import kilnjit  # Kiln: compile recursive calls, functions early
    kilnjit.set_param(call_assembler=1, function_threshold=64)
except ImportError:
    pass


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def rsum(lo, hi):
    if hi - lo < 4:
        s = 0
        while lo < hi:
            s += lo
            lo += 1
        return s
    mid = (lo + hi) // 2
    return rsum(lo, mid) + rsum(mid, hi)


def power(x, n):
    if n == 0:
        return 1
    half = power(x, n // 2)
    if n % 2:
        return half * half * x
    return half * half


def ffib(x):
    if x < 2.0:
        return x
    return ffib(x - 1.0) + ffib(x - 2.0) * 0.5


def main():
    print(fib(22))
    print([fib(i) for i in range(15)])
    print(rsum(0, 20000), sum(range(20000)))
    for i in range(300):
        power(3, 20)
    print(power(3, 20), power(3, 41), power(7, 100))
    print([power(2, k) for k in (10, 62, 63, 64, 65, 200)])
    print(ffib(18.0))


main()
