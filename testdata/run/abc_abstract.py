# abc: ABC, ABCMeta, abstractmethod, register, instantiation errors.
from abc import ABC, ABCMeta, abstractmethod, get_cache_token, update_abstractmethods
import abc

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f'{self.name()} {self.area()}'

class Half(Shape):
    def area(self): return 1

class Square(Half):
    def name(self): return 'square'

for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(e)
print(Square().describe(), sorted(Shape.__abstractmethods__), Half.__abstractmethods__, Square.__abstractmethods__)
print(isinstance(Square(), Shape), issubclass(Square, Shape), type(Shape), isinstance(Shape, ABCMeta))

class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def value(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def helper(): ...
print(sorted(Base.__abstractmethods__))
try:
    Base()
except TypeError as e:
    print(e)

class Duck: pass
Shape.register(Duck)
print(isinstance(Duck(), Shape), issubclass(Duck, Shape), issubclass(int, Shape))
t = get_cache_token()
@Shape.register
class Goose: pass
print(Goose.__name__, get_cache_token() > t, issubclass(Goose, Shape))
try:
    Shape.register(1)
except TypeError as e:
    print(e)
try:
    issubclass(1, Shape)
except TypeError as e:
    print(e)

class WithHook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, 'quack') or NotImplemented
class Q:
    def quack(self): pass
print(isinstance(Q(), WithHook), isinstance(1, WithHook))

class Late(ABC):
    @abstractmethod
    def f(self): ...
class Impl(Late):
    pass
Impl.f = lambda self: 1
update_abstractmethods(Impl)
print(Impl().f(), abc.abstractmethod(lambda: 0).__isabstractmethod__)
