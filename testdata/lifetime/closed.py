import gc

def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")

with open("a.txt", "w") as f:
    f.write("a")
g = open("b.txt", "w")
g.write("b")
g.close()
for n in numbers():
    print("n", n)
it = numbers()
print(next(it))
it.close()
with open("a.txt") as f:
    print(f.read(), end="")
h = open("b.txt")
print(h.read())
h.close()
gc.collect()
print("no warnings")
