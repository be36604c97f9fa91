count = 0
def bump():
    global count
    count += 1
def read():
    return count
bump(); bump()
print(count, read())
def make_global():
    global created_later
    created_later = 'made inside function'
make_global()
print(created_later)
def shadow():
    count = 100
    return count
print(shadow(), count)
def nested():
    def inner():
        global count
        count = -1
    inner()
nested()
print(count)
x = 'module'
def f():
    x = 'f'
    def g():
        global x
        return x
    return g()
print(f())
print('count' in globals(), sorted(k for k in locals() if k in ('x', 'f')))
def loc():
    a = 1; b = 2
    return sorted(locals().items())
print(loc())
