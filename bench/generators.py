# generator pipeline: chained generators, generator expressions, yield from.
import sys


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x


def squares(xs):
    for x in xs:
        yield x * x


def chunks(xs, size):
    chunk = []
    for x in xs:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(chunked):
    for c in chunked:
        yield from c


def pipeline(n):
    total = 0
    for x in flatten(chunks(squares(evens(numbers(n))), 16)):
        total = (total + x) % 1000000007
    total2 = sum(x % 7 for x in numbers(n) if x % 3)
    return total, total2


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
print(pipeline(n))
