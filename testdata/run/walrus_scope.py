def outer():
    [y := i for i in range(3)]
    return y
print(outer())
class C:
    values = [1, 2, 3]
    total = sum(values)
print(C.total)
def g():
    x = 0
    def inner():
        nonlocal x
        [x := x + i for i in range(4)]
    inner()
    return x
print(g())
for src in ['[i := 0 for i in range(3)]', '[x for x in range(3) if (x := 1)]', 'x := 5', 'def f(a := 1): pass', '(a.b := 1)']:
    try:
        compile(src, '<w>', 'exec')
        print('ok', src)
    except SyntaxError as e:
        print('SyntaxError:', e.msg)
print((n := 10) + n)
print(n)
