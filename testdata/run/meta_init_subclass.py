class Base:
    subclasses = []
    def __init_subclass__(cls, /, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag or cls.__name__.lower()
        Base.subclasses.append(cls.__name__)
        print('init_subclass', cls.__name__, tag)
class A(Base, tag='alpha'): pass
class B(Base): pass
class C(A, tag='gamma'): pass
print(Base.subclasses, A.tag, B.tag, C.tag)
try:
    class D(Base, unknown=1): pass
except TypeError as e:
    print(e)
class Validated:
    required = ()
    def __init_subclass__(cls):
        missing = [m for m in cls.required if not hasattr(cls, m)]
        if missing:
            raise TypeError(f'{cls.__name__} missing {missing}')
class Good(Validated):
    required = ('run',)
    def run(self): pass
try:
    class Bad(Validated):
        required = ('run', 'stop')
except TypeError as e:
    print(e)
print(Good.__name__)
