records = [('bob', 3), ('alice', 1), ('carol', 3), ('dave', 2), ('eve', 1), ('frank', 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records))
print(sorted(records, key=lambda r: (-r[1], r[0])))
data = list(range(20, 0, -3))
data.sort(key=lambda v: v % 4)
print(data)
print(sorted('The quick Brown fox'.split(), key=str.casefold))
import_order = [5, 2, 8, 2, 9, 1, 5, 5]
print(sorted(import_order), sorted(import_order, reverse=True))
big = [(i * 7919) % 101 for i in range(50)]
big.sort()
print(big)
class Item:
    def __init__(self, n): self.n = n
    def __lt__(self, other): return self.n < other.n
    def __repr__(self): return f'Item({self.n})'
print(sorted([Item(3), Item(1), Item(2)]), max([Item(3), Item(5)], key=lambda i: i.n))
