# Split-keys instances and their __dict__: reading it makes the real dict,
# which then is the only truth (changes through it show as attributes and
# the other way round); assigning one, del, vars() and dir() too.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = P(1, 2)
d = p.__dict__
print(d, d is p.__dict__, d is vars(p))
d['z'] = 3
print(p.z, vars(p))
p.w = 4
print(d)
del d['x']
print(hasattr(p, 'x'), vars(p))
d[5] = 'five'
print(vars(p))
del d[5]
print(sorted(k for k in dir(p) if not k.startswith('__')))

# A non-str key in a dict assigned to __dict__.
q = P(1, 2)
q.__dict__ = {'a': 1, 2: 'two'}
print(q.a, vars(q), hasattr(q, 'x'))
q.b = 5
print(vars(q))
try:
    q.__dict__ = [1]
except TypeError as exc:
    print('TypeError:', exc)
del q.__dict__
print(vars(q), hasattr(q, 'a'))
q.c = 6
print(vars(q))

# del of an attribute, then adding it back.
r = P(1, 2)
del r.x
print(vars(r))
r.x = 10
print(vars(r), r.x, r.y)
try:
    del r.nope
except AttributeError as exc:
    print('AttributeError:', exc)

# The dict survives the instance's other changes.
s = P('a', 'b')
sd = vars(s)
s.x = 'c'
print(sd, s.__dict__ is sd)
sd.clear()
print(vars(s), hasattr(s, 'y'))
s.y = 1
print(sd)

# dir() and __dict__ of fresh instances of a class whose instances made
# their dicts.
for i in range(3):
    t = P(i, -i)
    print(sorted(k for k in dir(t) if not k.startswith('__')), t.__dict__)

# update() and comparisons through __dict__.
u, v = P(1, 2), P(1, 2)
print(u.__dict__ == v.__dict__)
u.__dict__.update(y=5, z=6)
print(vars(u), u.z)
