# Objects a module-level program dropped are freed by gc.collect() even when
# module-level comprehensions (compiled to their own functions) iterated
# them: the registers that held the iterable and its iterator are dead temporaries.
import gc
import weakref


class C:
    pass


objs = [C() for _ in range(1000)]
refs = [weakref.ref(o) for o in objs]
print("alive before del:", sum(r() is not None for r in refs))
del objs
gc.collect()
print("freed after del:", sum(r() is None for r in refs))

# The same, with a read of one element between the comprehensions and the del.
objs = [C() for _ in range(50)]
refs = [weakref.ref(o) for o in objs]
print("weakref count:", weakref.getweakrefcount(objs[0]))
del objs
gc.collect()
print("freed after del:", sum(r() is None for r in refs))

# A function made after the collection with defaults and annotations still
# gets them: the registers MAKEFUNC reads stay live.
objs = [C() for _ in range(20)]
refs = [weakref.ref(o) for o in objs]
del objs
gc.collect()
print("freed after del:", sum(r() is None for r in refs))


def f(x: int = 3, *, y: str = "k") -> str:
    return y * x


print(f(), f(2, y="ab"), f.__defaults__, f.__kwdefaults__, f.__annotations__)
print([(lambda n=i: n)() for i in range(3)])

# A dict comprehension and a generator expression over a list the program drops.
objs = [C() for _ in range(30)]
table = {i: weakref.ref(o) for i, o in enumerate(objs)}
total = sum(1 for o in objs if isinstance(o, C))
print("total:", total)
del objs
gc.collect()
print("freed after del:", sum(r() is None for r in table.values()))
