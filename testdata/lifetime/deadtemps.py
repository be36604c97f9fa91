from gc import collect

# Files dropped from a temporary register: a collection closes them (and,
# under -X track-resources, reports them) at once, also when the function
# then raises, or is a generator that yields afterwards.
def write_then_raise():
    open("raise.txt", "w").write("raise")
    collect()
    print("collected before the raise")
    raise ValueError("after the write")

try:
    write_then_raise()
except ValueError as e:
    print("caught", e)

def gen():
    open("gen.txt", "w").write("gen")
    yield 1
    yield 2

g = gen()
next(g)
collect()
print("collected while the generator is suspended")
next(g)

def gen_collects():
    open("gen2.txt", "w").write("gen2")
    collect()
    print("collected inside the generator")
    yield 1

for _ in gen_collects():
    pass
print("end")
