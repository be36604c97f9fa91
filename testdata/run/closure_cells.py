def shared():
    val = []
    def push(x): val.append(x)
    def pop(): return val.pop()
    def peek(): return val[-1] if val else None
    return push, pop, peek
push, pop, peek = shared()
push(1); push(2)
print(peek(), pop(), peek())
def late_binding():
    fns = []
    for i in range(3):
        def f(): return i
        fns.append(f)
    i = 'final'
    return [f() for f in fns]
print(late_binding())
def unbound():
    def inner(): return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
    return inner()
print(unbound())
def deleted():
    z = 1
    def g(): return z
    del z
    try:
        g()
    except NameError as e:
        print(e)
deleted()
def class_in_closure():
    v = 'closure value'
    class Inner:
        attr = v
        def m(self): return v
    return Inner.attr, Inner().m()
print(class_in_closure())
