a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c)
print(None is None, True is True)
print(type(None) is type(None))
print(a is not c)
def f(): pass
print(f is f)
