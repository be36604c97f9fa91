# A file opened, written and dropped in one expression is closed (its data
# reaches the disk) by the next gc.collect(), also when the function then
# raises, or is a generator that yields afterwards: the temporary register
# that held the file is dead there. CPython closes it at once (reference
# counting); Kiln at the collection.
import os
from gc import collect

workdir = f"_kiln_test_life_deadtemps_{os.getpid()}"
os.mkdir(workdir)
os.chdir(workdir)


def show(path):
    with open(path) as f:
        print(path, "holds", repr(f.read()))


def write_then_raise(path):
    open(path, "w").write("raised")
    collect()
    show(path)
    raise ValueError(path)


try:
    write_then_raise("a.txt")
except ValueError as e:
    print("caught", e)


def write_collect_raise(path, flag):
    n = open(path, "w").write("collect then raise")
    collect()
    if flag:
        raise KeyError(n)


try:
    write_collect_raise("b.txt", True)
except KeyError as e:
    print("caught KeyError", e)
    show("b.txt")


def raise_in_try(path):
    try:
        open(path, "w").write("in try")
        collect()
        show(path)
        raise RuntimeError("inner")
    except RuntimeError as e:
        collect()
        print("handled", e)


raise_in_try("c.txt")


def gen_suspended(path):
    open(path, "w").write("before yield")
    yield 1
    yield 2


g = gen_suspended("d.txt")
print("next:", next(g))
collect()
show("d.txt")
print("next:", next(g))


def gen_collects(path):
    open(path, "w").write("gen collects")
    collect()
    yield path


for p in gen_collects("e.txt"):
    show(p)


def gen_loop(n):
    for i in range(n):
        open(f"loop{i}.txt", "w").write(f"line {i}")
        yield i


for i in gen_loop(3):
    collect()
    show(f"loop{i}.txt")


def inner(path):
    open(path, "w").write("delegated")
    received = yield "inner"
    print("inner got", received)


def outer(path):
    result = yield from inner(path)
    yield result


o = outer("f.txt")
print("next:", next(o))
collect()
show("f.txt")
print("send:", o.send("x"))


def gen_with_finally(path):
    try:
        open(path, "w").write("in try of a generator")
        yield 1
    finally:
        print("finally runs")


h = gen_with_finally("g.txt")
next(h)
collect()
show("g.txt")
h.close()

for name in os.listdir("."):
    os.remove(name)
os.chdir("..")
os.rmdir(workdir)
print("done")
