print(bool(), int(), float(), complex(), str(), bytes(), bytearray(), list(), tuple(), dict(), set(), frozenset())
print(object().__class__.__name__, type(object.__new__(object)).__name__)
print(slice(1, 2, 3), range(3), memoryview(b'ab').tolist())
p = property(lambda self: 1)
print(type(p).__name__, type(staticmethod(len)).__name__, type(classmethod(len)).__name__)
print(repr(str(b'\x00')), str(123))
try:
    str(b'x', 'bogus-codec')
except LookupError as e:
    print(e)
try:
    dict([1, 2])
except TypeError as e:
    print(e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(e)
try:
    list(1)
except TypeError as e:
    print(e)
try:
    object(1)
except TypeError as e:
    print(e)
try:
    type('x')
    type('A', 1, {})
except TypeError as e:
    print(e)
print(type('x'))
