class NonData:
    def __get__(self, obj, owner):
        return f'nondata from {owner.__name__}'
class Data:
    def __get__(self, obj, owner):
        return 'data descriptor wins'
    def __set__(self, obj, value):
        print('Data.__set__', value)
class C:
    nd = NonData()
    d = Data()
c = C()
print(c.nd, C.nd)
c.__dict__['nd'] = 'instance dict wins over non-data'
print(c.nd)
c.__dict__['d'] = 'ignored'
print(c.d)
c.d = 5
print(c.__dict__)
class Method:
    def f(self): return 'bound'
m = Method()
print(Method.f.__get__(m, Method)(), Method.__dict__['f'].__get__(None, Method) is Method.f)
class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, owner):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value
class Circle:
    def __init__(self, r): self.r = r
    @Lazy
    def area(self):
        print('computing area')
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, type(Circle.area).__name__)
