class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        self.seen = (exc_type.__name__ if exc_type else None, str(exc) if exc else None,
                     tb.tb_lineno if tb else None, exc.__traceback__ is tb if exc else None)
        return True
with Inspect() as i:
    x = 1
print(i.seen)
with Inspect() as i:
    raise ValueError('inside')
print(i.seen)
with Inspect() as i:
    {}['missing']
print(i.seen)
def func():
    with Inspect() as i:
        return 'returned'
    return 'not reached'
print(func())
for n in range(3):
    with Inspect() as i:
        if n == 1:
            continue
        if n == 2:
            break
print(n, i.seen)
