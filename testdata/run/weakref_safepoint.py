# Without gc.collect(), a weak reference's callback still runs once the
# collector finds the referent dead: on the program's own thread, at a
# safe point of a loop that allocates (CPython runs it at once).
import weakref


class C:
    pass


fired = []


def make():
    o = C()
    return weakref.ref(o, lambda r: fired.append(r() is None))


r = make()
for i in range(3_000_000):
    if fired:
        break
    junk = [i] * 10
print('fired', fired, r())
