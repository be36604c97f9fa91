# Resources closed properly: nothing is left for the collector.
import gc, os

NAME = "_kiln_test_life_resources_closed.txt"

with open(NAME, "w") as f:
    f.write("one\n")
print(f.closed)
g = open(NAME, "a")
g.write("two\n")
g.close()
print(g.closed)
g.close()
with open(NAME) as f:
    print(f.read().split())

def gen():
    try:
        yield 1
    finally:
        print("finally")

for x in gen():
    print("x", x)
it = gen()
next(it)
it.close()
print(gc.collect() >= 0)
os.remove(NAME)
print("done")
