# int loop: the reference's int arithmetic loop (go-interpreter.md §1.1).
import sys


def main(n):
    s = 0
    i = 0
    while i < n:
        s += i * 2 % 7
        i += 1
    return s


print(main(int(sys.argv[1]) if len(sys.argv) > 1 else 10000000))
