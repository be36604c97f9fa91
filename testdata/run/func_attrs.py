def greet(name: str, times: int = 1) -> str:
    """Return a greeting."""
    return ' '.join([f'hi {name}'] * times)
print(greet.__name__, greet.__qualname__, greet.__doc__, greet.__module__)
print(greet.__annotations__)
greet.custom = 'attr'
print(greet.custom, greet.__dict__)
class K:
    def method(self): pass
    class Inner:
        def deep(self):
            def local(): pass
            return local
print(K.method.__qualname__, K.Inner.deep.__qualname__, K.Inner().deep().__qualname__)
def nodoc(): pass
print(nodoc.__doc__, callable(greet), callable(1))
print(type(greet).__name__, type(lambda: 0).__name__, (lambda: 0).__name__)
bm = K().method
print(type(bm).__name__, bm.__func__ is K.method, bm.__self__.__class__.__name__)
