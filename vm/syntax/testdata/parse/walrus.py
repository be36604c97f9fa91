if (n := len(a)) > 10:
    pass
while chunk := f.read(10):
    pass
[y := f(x), y ** 2]
data = [y for x in z if (y := g(x)) is not None]
print(x := 1)
foo(x := 3, cat='vector')
{(y := 1): 2}
def f(x=(y := 1)): pass
if any((w := v) for v in vs): pass
a[b := 1]
