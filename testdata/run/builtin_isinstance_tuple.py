checks = [(1, int), (True, int), (1, bool), (1.0, (int, float)), ('s', (list, (tuple, str))), (None, type(None)),
          ([], object), (int, type), (type, object), (object, type), (3, int | str), ([], list | None)]
for v, t in checks:
    print(repr(v), isinstance(v, t))
print(issubclass(bool, int), issubclass(int, bool), issubclass(list, (str, list)), issubclass(type, type))
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == 'magic'
    def __subclasscheck__(cls, sub):
        return sub is str
class Magic(metaclass=Meta): pass
print(isinstance('magic', Magic), isinstance('other', Magic), issubclass(str, Magic), issubclass(int, Magic))
