pass
del x
del x, y
del x[0], y.z
del (a, b), [c]
del (x)
global a, b, c
nonlocal_ = 1
x = 1; y = 2; z = 3;
print
print(1)
exec = 2
...
if True: x = 1; y = 2
