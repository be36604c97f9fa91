class Version:
    def __init__(self, s): self.parts = tuple(map(int, s.split('.')))
    def __repr__(self): return 'v' + '.'.join(map(str, self.parts))
    def __eq__(self, o): return isinstance(o, Version) and self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __le__(self, o): return self.parts <= o.parts
    def __hash__(self): return hash(self.parts)
vs = [Version(s) for s in ['1.10', '1.2', '1.2.1', '0.9', '1.2']]
print(sorted(vs), max(vs), min(vs))
a, b = Version('1.0'), Version('2.0')
print(a < b, a > b, a <= b, a >= b, a == b, a != b)
class Loud:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        print(f'{self.n} < {o.n}?')
        return self.n < o.n
    def __gt__(self, o):
        print(f'{self.n} > {o.n}?')
        return self.n > o.n
print(Loud(1) < Loud(2), Loud(1) > Loud(2))
print(Loud(3) < Loud(4) < Loud(5))
class Weird:
    def __eq__(self, o): return 'truthy string'
    def __ne__(self, o): return 0
print(Weird() == 1, Weird() != 1, [Weird()] == [Weird()])
try:
    object() < object()
except TypeError as e:
    print(e)
try:
    a < 3
except AttributeError as e:
    print('AttributeError', e)
try:
    3 > []
except TypeError as e:
    print(e)
