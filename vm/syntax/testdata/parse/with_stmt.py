with open(f) as fh:
    pass

with a, b:
    pass

with a as x, b as y:
    pass

with (a, b):
    pass

with (a as x, b as y):
    pass

with (a as x, b as y,):
    pass

with (
    open("a") as f,
    open("b") as g,
):
    pass

with (a):
    pass

with (a).b as c:
    pass

with (a, b) as c:
    pass

with a as (x, y):
    pass

with a as [x, *y]:
    pass

with a as obj.attr, b as obj[0]:
    pass

with (yield):
    pass
