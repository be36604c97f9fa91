# Exceptions raised by instructions the JIT keeps as residual calls, in
# compiled loops and while a loop is being recorded: the traceback names
# the right line, and the instruction's side effects happen exactly once
# (it is never run a second time by the interpreter).

try:
    import kilnjit  # Kiln: compile these loops whatever their residual calls cost
    kilnjit.set_param(residual_cost=0)
except ImportError:
    pass
import traceback

log = []


class Boom:
    def __init__(self, i, limit):
        log.append(i)
        if i == limit:
            raise ValueError("boom at %d" % i)
        self.i = i


def make(n, limit):
    total = 0
    for i in range(n):
        b = Boom(i, limit)
        total += b.i
    return total


for limit in (1, 2, 3, 4000):
    log.clear()
    try:
        make(5000, limit)
    except ValueError as e:
        print("caught", e, len(log), log[-1])
        traceback.print_exc()


hashes = 0


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        global hashes
        hashes += 1
        if self.v == 3000:
            raise RuntimeError("unhashable %d" % self.v)
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v


def fill(n):
    d = {}
    for i in range(n):
        d[Key(i % 5000)] = i
    return len(d)


try:
    fill(5000)
except RuntimeError as e:
    print("caught", e, "hashes", hashes)
    traceback.print_exc()


def lookup(n):
    d = {str(i): i for i in range(100)}
    total = 0
    for i in range(n):
        total += d[str(i % 101 if i > 2000 else i % 100)]
    return total


try:
    lookup(5000)
except KeyError as e:
    print("KeyError", e)
    traceback.print_exc()


def index_str(n):
    s = "abcdef"
    out = 0
    for i in range(n):
        out += ord(s[i // 600])
    return out


def divide(n):
    total = 0.0
    for i in range(n):
        total += Fraction(i) / Fraction(3000 - i)
    return total


class Fraction:
    def __init__(self, n):
        self.n = n

    def __truediv__(self, other):
        return self.n / other.n


try:
    print(divide(5000))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
    traceback.print_exc()

print(index_str(3000))
print(index_str(5000))
