x = 'global'
class C:
    x = 'class'
    y = x
    z = [x for _ in range(1)]
    def m(self):
        return x
    w = (lambda: x)()
print(C.y, C.z, C().m(), C.w)
class Outer:
    class Inner:
        val = 42
    ref = Inner.val
print(Outer.Inner.val, Outer.ref, Outer.Inner.__qualname__)
def f():
    v = 'func local'
    class K:
        v = 'class attr'
        def get(self):
            return v
    return K().get(), K.v
print(f())
class Counter:
    n = 0
    for i in range(5):
        n += i
    del i
print(Counter.n, hasattr(Counter, 'i'))
