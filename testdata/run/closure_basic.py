def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c1(), c2())
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)], [lambda x: x + i for i in range(3)]
early, late = make_adders()
print([f(10) for f in early], [f(10) for f in late])
def outer():
    x = 'outer'
    def middle():
        def inner():
            return x
        return inner
    x = 'changed'
    return middle()()
print(outer())
print(c1.__closure__[0].cell_contents, counter.__code__.co_cellvars, c1.__code__.co_freevars)
def make_acc(total=0):
    def add(n):
        nonlocal total
        total += n
        return total
    def get(): return total
    return add, get
add, get = make_acc(100)
add(5); add(10)
print(get())
