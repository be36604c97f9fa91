class MyList(list):
    def sum(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.sum(), len(ml), type(ml[1:]).__name__, type(ml + ml).__name__)
class MyDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
md = MyDict()
md['a'] = 1
md.update(b=1)
print(md)
class MyInt(int):
    def __add__(self, o):
        return MyInt(int(self) + int(o) + 1000)
    def __repr__(self):
        return f'MyInt({int(self)})'
mi = MyInt(5)
print(mi + 1, 1 + mi, mi * 2, type(mi * 2).__name__, mi == 5)
class Temp(float):
    def __str__(self):
        return f'{float(self):.1f}°'
print(Temp(21.456), str(Temp(0)), Temp(1.5) + 1)
class Stack(list):
    push = list.append
    def peek(self): return self[-1]
s = Stack()
s.push(1); s.push(2)
print(s, s.peek(), s.pop())
class Strict(dict):
    def __getitem__(self, k):
        if k not in self:
            raise KeyError(f'no such key {k!r}')
        return super().__getitem__(k)
try:
    Strict()['x']
except KeyError as e:
    print(e)
