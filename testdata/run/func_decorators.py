def trace(fn):
    def wrapper(*args, **kwargs):
        print(f'-> {fn.__name__}{args}')
        result = fn(*args, **kwargs)
        print(f'<- {fn.__name__} = {result!r}')
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@trace
def add(a, b):
    return a + b
@repeat(3)
@trace
def shout(s):
    return s.upper()
add(2, 3)
print(shout('hey'))
print(add.__name__, add.__wrapped__(10, 20))
registry = {}
def register(name):
    def deco(obj):
        registry[name] = obj
        return obj
    return deco
@register('sq')
def square(x): return x * x
@register('cls')
class Thing: pass
print(sorted(registry), registry['sq'](7), registry['cls'].__name__)
@(lambda f: f())
def immediately():
    return 'called at definition'
print(immediately)
decorators = {'identity': lambda f: f}
@decorators['identity']
def odd_but_legal(): return 'ok'
print(odd_but_legal())
def count_calls(fn):
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w
@count_calls
def noop(): pass
for _ in range(4): noop()
print(noop.calls)
