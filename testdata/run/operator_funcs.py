# operator: the functions, in-place forms, index, length_hint, getters.
import operator as op

print(op.add(1, 2), op.sub(5, 3), op.mul('ab', 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(3), op.pos(-3), op.abs(-4), op.inv(5), op.invert(5), op.lshift(1, 4), op.rshift(32, 2))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.concat([1], [2]), op.contains('abc', 'b'), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'))
l = [1, 2, 3]; op.setitem(l, 0, 9); op.delitem(l, 1); print(l, op.getitem(l, 1), op.getitem('abcdef', slice(1, 3)))
x = [1]; y = op.iadd(x, [2]); print(x, y is x, op.iadd(1, 2), op.isub(5, 1), op.imul(3, 3), op.itruediv(1, 4))
print(op.ifloordiv(9, 2), op.imod(9, 4), op.ipow(2, 3), op.ilshift(1, 3), op.irshift(8, 1), op.iand(7, 2), op.ior(1, 2), op.ixor(3, 1), op.iconcat([1], (2,)))
print(op.index(7), op.index(True), op.length_hint([1, 2]), op.length_hint(iter(range(5))), op.length_hint(3, 42))
print(op.call(max, 1, 5, 2), op.__add__(1, 1), op.__not__(1), op.__and__(3, 1))
print(op.matmul.__name__, op.__all__[:5])
g = op.itemgetter(1); print(g([5, 6]), g, op.itemgetter(1, 0)('ab'), op.itemgetter('k')({'k': 3}), op.itemgetter(0, 'a'))
class P:
    def __init__(self):
        self.name = 'p'
        self.child = self
a = op.attrgetter('name'); print(a(P()), a, op.attrgetter('child.child.name')(P()), op.attrgetter('name', 'child.name')(P()))
m = op.methodcaller('split', ',', maxsplit=1); print(m('a,b,c'), m, op.methodcaller('upper')('x'))
print(sorted([('b', 2), ('a', 2), ('c', 1)], key=op.itemgetter(1, 0)))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: op.index(1.5))
show(lambda: op.concat(1, 2))
show(lambda: op.indexOf([1], 2))
show(lambda: op.attrgetter(1))
show(lambda: op.methodcaller(1))
show(lambda: op.length_hint([], 'x'))
show(lambda: op.itemgetter(3)([1]))
show(lambda: op.attrgetter('nope')(1))
