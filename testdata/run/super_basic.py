class A:
    def __init__(self):
        print('A.__init__')
        self.trail = ['A']
    def hello(self):
        return 'A'
class B(A):
    def __init__(self):
        print('B.__init__')
        super().__init__()
        self.trail.append('B')
    def hello(self):
        return 'B+' + super().hello()
class C(B):
    def hello(self):
        return 'C+' + super(C, self).hello()
    def skip(self):
        return super(B, self).hello()
c = C()
print(c.trail, c.hello(), c.skip())
print(super(C, c).hello(), super(B, C).hello(c))
class M:
    @classmethod
    def make(cls):
        return f'make {cls.__name__}'
class N(M):
    @classmethod
    def make(cls):
        return 'N:' + super().make()
print(N.make(), N().make())
s = super(C, c)
print(type(s).__name__, s.__thisclass__.__name__, s.__self__ is c)
try:
    super(int, 'x')
except TypeError as e:
    print(e)
