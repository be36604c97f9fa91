f = lambda: None
f = lambda x: x + 1
f = lambda x, y: (x, y)
f = lambda *args, **kwargs: (args, kwargs)
f = lambda x=1, *, y=2: x + y
f = lambda a, /, b, *, c: 0
f = lambda: (yield)
f = lambda x: lambda y: x + y
f = lambda: [x for x in y]
sorted(items, key=lambda item: (item[1], -item[0]))
