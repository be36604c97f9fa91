# abc's __abstractmethods__ is a frozenset built as CPython's _abc builds it
# (the class's own abstract names in __dict__ order, then the inherited
# ones, added one by one), and update_abstractmethods as abc.py does, so
# they iterate in CPython's order.
import abc
from collections.abc import MutableMapping, Mapping, MutableSequence, Sequence, Set, MutableSet, Iterator, Generator, Coroutine, AsyncGenerator, Callable, Container, Hashable, Sized, Collection, Reversible, Iterable, ByteString, MappingView, ItemsView, KeysView, Awaitable, AsyncIterator, AsyncIterable, Buffer
for c in (MutableMapping, Mapping, MutableSequence, Sequence, Set, MutableSet, Iterator, Generator, Coroutine, AsyncGenerator, Callable, Container, Hashable, Sized, Collection, Reversible, Iterable, MappingView, ItemsView, KeysView, Awaitable, AsyncIterator, AsyncIterable, Buffer):
    print(c.__name__, list(c.__abstractmethods__))
class A(abc.ABC):
    @abc.abstractmethod
    def zeta(self): pass
    @abc.abstractmethod
    def alpha(self): pass
    @property
    @abc.abstractmethod
    def mid(self): pass
    @classmethod
    @abc.abstractmethod
    def cm(cls): pass
    @staticmethod
    @abc.abstractmethod
    def sm(): pass
    def concrete(self): pass
print(list(A.__abstractmethods__))
class B(A):
    def alpha(self): pass
    @abc.abstractmethod
    def beta(self): pass
print(list(B.__abstractmethods__))
try:
    B()
except TypeError as e:
    print(e)
class C(B):
    def zeta(self): pass
    def beta(self): pass
    mid = 1
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
print(list(C.__abstractmethods__), type(C()).__name__)
B.gamma = abc.abstractmethod(lambda self: None)
B.alpha = abc.abstractmethod(lambda self: None)
abc.update_abstractmethods(B)
print(list(B.__abstractmethods__))
print(abc.update_abstractmethods(int))
class M(MutableMapping):
    pass
try:
    M()
except TypeError as e:
    print(e)
class Big(abc.ABC):
    for _n in 'abcdefghijklmnopqrstuvwxyz':
        exec(f"@abc.abstractmethod\ndef m_{_n}(self): pass")
print(list(Big.__abstractmethods__))
