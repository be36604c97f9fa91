add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, x=3))
print((lambda: 'no args')())
print(list(map(lambda x: x ** 2, range(5))))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
fs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in fs])
print((lambda x, /, y, *, z: (x, y, z))(1, 2, z=3))
print(add.__name__)
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, lambda x: x + 1)(41))
