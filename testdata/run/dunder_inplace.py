class Acc:
    def __init__(self, v): self.v = v
    def __iadd__(self, o):
        print('iadd', o)
        self.v += o
        return self
    def __add__(self, o):
        print('add', o)
        return Acc(self.v + o)
    def __imul__(self, o):
        print('imul returns a new thing')
        return 'replaced'
    def __isub__(self, o):
        return NotImplemented
    def __sub__(self, o):
        print('sub fallback')
        return Acc(self.v - o)
    def __repr__(self): return f'Acc({self.v})'
a = Acc(1)
orig = a
a += 5
print(a, a is orig)
a -= 2
print(a, a is orig)
a *= 3
print(a)
class OnlyAdd:
    def __add__(self, o): return 'used __add__ for +='
x = OnlyAdd()
x += 1
print(x)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(e)
print(t)
