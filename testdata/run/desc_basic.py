class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        print(f'__set_name__({owner.__name__}, {name!r})')
        self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name[1:]} must be {self.kind.__name__}, got {type(value).__name__}')
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print('deleting', self.name)
        delattr(obj, self.name)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name, self.age = name, age
p = Person('Ann', 30)
print(p.name, p.age, sorted(vars(p)), type(Person.name).__name__)
try:
    p.age = 'old'
except TypeError as e:
    print(e)
del p.age
try:
    p.age
except AttributeError as e:
    print(e)
