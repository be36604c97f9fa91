class A:
    def f(self): return 'A.f'
class B(A):
    def f(self): return super().f() + '/B'
    def g(self): return super().missing()
print(B().f())
try:
    B().g()
except AttributeError as e:
    print(e)
def outside():
    return super().f()
try:
    outside()
except RuntimeError as e:
    print(e)
class C(A):
    @staticmethod
    def s():
        return super().f()
try:
    C.s()
except RuntimeError as e:
    print(e)
class D(A):
    def f(self):
        inner = lambda: super(D, self).f()
        return 'D+' + inner()
print(D().f())
