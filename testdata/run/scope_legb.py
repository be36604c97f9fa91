len = lambda s: 'shadowed builtin len'
print(len('abc'))
del len
print(len('abc'))
import builtins
def uses_builtin():
    return max([1, 5, 2])
orig_max = builtins.max
builtins.max = lambda *a: 'patched max'
print(uses_builtin())
builtins.max = orig_max
print(uses_builtin())
x = 'global'
def outer():
    x = 'enclosing'
    def inner():
        return x
    return inner()
print(outer())
def outer2():
    def inner():
        return x
    return inner()
print(outer2())
def assign_later():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 'local'
assign_later()
class A:
    x = 'class'
    def m(self):
        return x
print(A().m())
