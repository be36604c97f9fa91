class contextmanager:
    """A tiny re-implementation of contextlib.contextmanager."""
    def __init__(self, fn): self.fn = fn
    def __call__(self, *a, **k): return _GenCM(self.fn(*a, **k))
class _GenCM:
    def __init__(self, gen): self.gen = gen
    def __enter__(self): return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")
@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')
@contextmanager
def ignoring(exc):
    try:
        yield
    except exc as e:
        print('ignored', repr(e))
with tag('html') as t:
    with tag('body'):
        print('content', t)
with ignoring(ZeroDivisionError):
    1 / 0
try:
    with tag('p'):
        raise ValueError('inside tag')
except ValueError as e:
    print('propagated', e)
