class A:
    x = 'class A'
    def m(self): return 'A.m'
class B(A):
    pass
b = B()
print(b.x, B.x)
A.x = 'changed on A'
print(b.x)
B.x = 'shadow on B'
print(b.x, A.x)
b.x = 'instance'
print(b.x)
del b.x
print(b.x)
del B.x
print(b.x)
b.m = lambda: 'instance func'
print(b.m(), A.m(b))
A.added = lambda self: 'added later'
print(b.added())
print(B.__dict__.get('x', 'no x in B'), 'm' in A.__dict__, type(A.__dict__).__name__)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
cs = [Counter() for _ in range(3)]
print([c.id for c in cs], Counter.count)
class Shared:
    items = []
s1, s2 = Shared(), Shared()
s1.items.append(1)
print(s2.items)
