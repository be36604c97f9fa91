import types
def f(): pass
def g(): yield
class C:
    def m(self): pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(C().m, types.MethodType))
print(isinstance(g(), types.GeneratorType), isinstance(types, types.ModuleType), isinstance(f.__code__, types.CodeType))
print(isinstance(lambda: 0, types.LambdaType), types.NoneType is type(None), types.EllipsisType is type(...), types.NotImplementedType)
ns = types.SimpleNamespace(a=1, b='two')
ns.c = [3]
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b='two', c=[3]))
del ns.a
print(ns)
mp = types.MappingProxyType({'k': 'v'})
print(mp['k'], len(mp), list(mp), type(mp).__name__)
try:
    mp['x'] = 1
except TypeError as e:
    print(e)
print(type(C.__dict__) is types.MappingProxyType)
Dyn = types.new_class('Dyn', (C,), {}, lambda ns: ns.update({'x': 5}))
print(Dyn.__name__, Dyn.x, Dyn.__mro__[1].__name__)
m = types.MethodType(lambda self, y: (type(self).__name__, y), C())
print(m(7))
print(types.GenericAlias(list, (int,)), types.UnionType is type(int | str))
