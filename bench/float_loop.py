# float loop: the reference's float arithmetic loop (go-interpreter.md §1.1).
import sys


def main(n):
    s = 0.0
    x = 0.0
    while x < n:
        s += x * 2.0 / 7.0
        x += 1.0
    return s


print(main(float(sys.argv[1]) if len(sys.argv) > 1 else 10000000.0))
