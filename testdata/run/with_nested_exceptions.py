class Tracker:
    depth = 0
    def __init__(self, name, fail_exit=False):
        self.name, self.fail_exit = name, fail_exit
    def __enter__(self):
        Tracker.depth += 1
        print('  ' * Tracker.depth + f'enter {self.name}')
        return self
    def __exit__(self, et, ev, tb):
        print('  ' * Tracker.depth + f'exit {self.name} ({et.__name__ if et else "ok"})')
        Tracker.depth -= 1
        if self.fail_exit:
            raise RuntimeError(f'{self.name} exit failed')
        return False
try:
    with Tracker('outer'):
        with Tracker('middle', fail_exit=True):
            with Tracker('inner'):
                raise KeyError('boom')
except RuntimeError as e:
    print('caught', repr(e), 'context', repr(e.__context__))
def gen():
    with Tracker('in generator'):
        yield 1
        yield 2
g = gen()
print(next(g))
g.close()
with Tracker('a') as a, Tracker('b') as b:
    print('names', a.name, b.name)
