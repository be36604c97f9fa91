print(hash(42), hash(-7), hash(3.0), hash(True), hash(None) == hash(None), hash((1, 2)) == hash((1, 2)))
print(hash(1) == hash(1.0) == hash(True), hash(frozenset()) == hash(frozenset()))
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]))
for v in [[1], {}, set(), bytearray()]:
    try:
        hash(v)
    except TypeError as e:
        print(e)
class C: pass
c = C()
print(hash(c) == hash(c), isinstance(hash(c), int))
