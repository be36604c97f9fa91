class Money:
    def __init__(self, amount, cur):
        self.amount, self.cur = amount, cur
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.amount, self.cur) == (other.amount, other.cur)
    def __hash__(self):
        return hash((self.amount, self.cur))
    def __repr__(self):
        return f'{self.amount} {self.cur}'
a, b, c = Money(5, 'EUR'), Money(5, 'EUR'), Money(5, 'USD')
print(a == b, a != b, a == c, a is b, a == 5, 5 == a, a != 'x')
print(len({a, b, c}), {a: 'first'}[b])
class Plain: pass
p1, p2 = Plain(), Plain()
print(p1 == p1, p1 == p2, p1 != p2, hash(p1) == hash(p1))
class EqNoHash:
    def __eq__(self, o): return True
print(EqNoHash.__hash__, EqNoHash() == 1)
class Child(Money):
    pass
print(hash(Child(1, 'x')) == hash(Money(1, 'x')))
