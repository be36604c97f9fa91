# Generators that a for loop makes and exhausts (which Kiln recycles):
# nesting, recursion, break, exceptions, frames that outlive the loop,
# and generators that escape through their frames.
import sys


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1


def neighbours(i, n):
    x, y = divmod(i, n)
    if x > 0: yield i - n
    if x < n - 1: yield i + n
    if y > 0: yield i - 1
    if y < n - 1: yield i + 1


# Nested loops over fresh generators, the inner one remade every pass.
total = 0
for i in count(25):
    for v in neighbours(i, 5):
        total += v
    for v in count(3):
        total += v * i
print("nested", total)


# Recursion: each level loops over the generator of the level below.
def walk(n):
    if n:
        for x in walk(n - 1):
            yield x
        yield n


print("walk", list(walk(6)), sum(x for x in walk(30)))


# break leaves the generator suspended (not recycled); a generator with a
# finally clause runs it when it finishes.
def noisy(tag):
    try:
        for i in count(10):
            yield i
    finally:
        print("closed", tag)


for x in count(10):
    if x == 2:
        break
print("after break", x)

for x in noisy("b"):
    pass
print("after exhausting")


# An exception in the loop body and in the generator.
def boom(n):
    yield from count(n)
    raise ValueError("boom %d" % n)


try:
    for x in count(5):
        if x == 3:
            raise KeyError(x)
except KeyError as e:
    print("body raised", e)
for n in range(3):
    try:
        for x in boom(n):
            pass
    except ValueError as e:
        print(e)


# A frame object of the generator, kept after the loop, must keep showing
# that generator's state while later generators of the same code run.
frames = []


def spy(tag):
    frames.append(sys._getframe())
    yield tag
    yield tag * 2


for v in spy("x"):
    pass
for v in spy("y"):
    pass
for fo in frames:
    print("frame", fo.f_code.co_name, fo.f_locals, fo.f_lineno > 0)


# A frame made by a function the generator calls, whose f_back is the
# generator's frame.
backs = []


def helper():
    backs.append(sys._getframe().f_back)


def calls_helper(k):
    helper()
    yield k


for v in calls_helper(1):
    pass
for v in calls_helper(2):
    pass
print("backs", [b.f_locals for b in backs])


# The for loop's else clause, a closure, and a generator stored while it
# runs (so not only the loop refers to it).
def closure_gen(base):
    def g():
        for i in count(3):
            yield base + i
    return g


for x in closure_gen(10)():
    print("closure", x)
else:
    print("else ran")

kept = []


def self_storing():
    yield 1
    yield 2


it = self_storing()
for x in it:
    kept.append(x)
print("kept", kept, next(it, "done"), it.gi_frame)

# Many generators of different sizes in turn.
def big(n):
    a = b = c = d = e = f = g = h = j = k = l = m = n
    yield a + b + c + d + e + f + g + h + j + k + l + m
    yield n


acc = []
for i in range(4):
    for x in big(i):
        for y in count(2):
            acc.append(x + y)
print("sizes", acc)


# Generator methods called by CALLMETHOD, and a generator that raises
# StopIteration (turned into RuntimeError), then loops that go on.
class Tree:
    def __init__(self, value, *kids):
        self.value, self.kids = value, kids

    def walk(self):
        yield self.value
        for kid in self.kids:
            for v in kid.walk():
                yield v


t = Tree(1, Tree(2, Tree(3)), Tree(4, Tree(5), Tree(6)))
print("tree", list(t.walk()), [v for v in t.walk() if v % 2])
for _ in range(3):
    print("tree sum", sum(v for v in t.walk()))


def bad():
    yield 1
    raise StopIteration


try:
    for x in bad():
        pass
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
print("after", [x for x in count(4)])


# Generator expressions consumed by builtins, again and again, with
# short-circuits, errors and a shadowed builtin that keeps its argument.
xs = list(range(10))
for _ in range(3):
    print("consumed", sum(x * x for x in xs), min(x - 3 for x in xs), max(-x for x in xs),
          any(x > 5 for x in xs), all(x < 5 for x in xs), sorted(x % 4 for x in xs))
try:
    min(x for x in [])
except ValueError as e:
    print("min:", e)
try:
    sum(1 / (x - 3) for x in xs)
except ZeroDivisionError as e:
    print("sum:", e)
held = []


def sum(it):
    held.append(it)
    return "shadowed"


print(sum(x for x in xs), [list(h) for h in held], next(held[0], "exhausted"))
del sum
print(sum(x for x in xs))


# yield from a generator the delegating one made: recursion, send and
# throw through the chain, and a sub-generator handed out by gi_yieldfrom.
def leaves(t):
    if isinstance(t, list):
        for k in t:
            yield from leaves(k)
    else:
        yield t


def echo(n):
    got = []
    for _ in range(n):
        got.append((yield len(got)))
    return got


def relay(n):
    r = yield from echo(n)
    yield ("returned", r)


tree = [1, [2, [3, 4], []], [[5]], 6]
for _ in range(3):
    print("leaves", list(leaves(tree)), sum(leaves(tree)))
r = relay(3)
print(next(r), r.send("a"), r.send("b"), r.send("c"))
r = relay(5)
next(r)
inner = r.gi_yieldfrom
print("inner", type(inner).__name__, inner.gi_running, inner.gi_frame is not None)
print(r.send("x"), r.throw(KeyError("k")) if False else "skip")
try:
    r.throw(KeyError("thrown"))
except KeyError as e:
    print("throw through:", e, inner.gi_frame, r.gi_frame)
for _ in range(2):
    r = relay(2)
    print([v for v in [next(r), r.send(1), r.send(2)]])
print("inner after", list(inner), inner.gi_yieldfrom)
