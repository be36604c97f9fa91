class A:
    cls_attr = 1
    def __init__(self): self.inst = 2
    def method(self): pass
a = A()
print(type(a).__name__, type(A).__name__, isinstance(a, A), isinstance(3, (str, int)), issubclass(A, object))
print(hasattr(a, 'inst'), hasattr(a, 'nope'), getattr(a, 'cls_attr'), getattr(a, 'zzz', None))
setattr(a, 'dyn', 'set'); print(a.dyn)
delattr(a, 'dyn'); print(hasattr(a, 'dyn'))
print(vars(a), sorted(k for k in vars(A) if not k.startswith('__')))
print([n for n in dir(a) if not n.startswith('__')])
print(callable(a.method), callable(A), callable(a), callable(print), callable('x'))
print(id(a) == id(a), id(a) != id(A()), isinstance(id(a), int))
print(type('X', (), {}).__name__, type(len).__name__, type(A.method).__name__, type(a.method).__name__)
print(repr(print), repr(len), repr(int), repr(object))
try:
    getattr(a, 'missing')
except AttributeError as e:
    print(e)
try:
    vars(5)
except TypeError as e:
    print(e)
try:
    isinstance(a, 'A')
except TypeError as e:
    print(e)
try:
    getattr(a, 5)
except TypeError as e:
    print(e)
g = globals()
print(g['__name__'], '__builtins__' in g, 'A' in g)
def f(p=1):
    q = 2
    return sorted(locals())
print(f())
print([n for n in sorted(dir()) if not n.startswith('__')][:3])
print(type(object()).__name__, object().__class__ is object)

