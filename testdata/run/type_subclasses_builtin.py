# __subclasses__ of builtin types lists the builtin types made from them,
# then the classes made since, oldest first.
print(int.__subclasses__())


class MyInt(int):
    pass


class Other(int):
    pass


print([c.__name__ for c in int.__subclasses__()])

names = {c.__name__ for c in object.__subclasses__()}
for name in ("type", "int", "str", "list", "dict", "tuple", "BaseException"):
    print(name, name in names)
print(all(issubclass(c, object) and object in c.__bases__ for c in object.__subclasses__()))

exc = {c.__name__ for c in BaseException.__subclasses__()}
print(sorted(exc & {"Exception", "KeyboardInterrupt", "SystemExit", "GeneratorExit"}))
print(sorted({c.__name__ for c in LookupError.__subclasses__()} & {"IndexError", "KeyError"}))
print(sorted(c.__name__ for c in ArithmeticError.__subclasses__()))
print(bool.__subclasses__())


class E(KeyError):
    pass


print([c.__name__ for c in KeyError.__subclasses__()])
print(type.__subclasses__(type) == [c for c in type.__subclasses__(type)])
