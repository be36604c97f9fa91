class Resource:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append(f'open {self.name}')
        return self
    def __exit__(self, *exc):
        self.log.append(f'close {self.name} exc={exc[0].__name__ if exc[0] else None}')
        return False
log = []
with Resource('a', log) as a, Resource('b', log) as b:
    log.append(f'use {a.name}+{b.name}')
print(log)
log.clear()
try:
    with Resource('x', log):
        with Resource('y', log):
            raise OSError('disk')
except OSError as e:
    log.append(f'caught {e}')
print(log)
log.clear()
def early_return():
    with Resource('r', log):
        return 'returned'
print(early_return(), log)
log.clear()
for i in range(3):
    with Resource(f'loop{i}', log):
        if i == 1:
            continue
        if i == 2:
            break
print(log)
