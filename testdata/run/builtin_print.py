import sys
print()
print('a', 'b', 'c')
print('a', 'b', sep='')
print('a', 'b', sep='--', end='|\n')
print('no newline', end='')
print(' then this')
print(1, 2.5, None, True, [1], {'a': 1}, (1,), sep=';')
print('to stderr', file=sys.stderr)
print('flushed', flush=True)
print(*[], sep='x')
print('x', end=None)
print('y', sep=None)
try:
    print('a', sep=5)
except TypeError as e:
    print(e)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print('captured', 42, file=w)
print(w.parts)
print(end='')
sys.stdout.write('direct write\n')
n = sys.stdout.write('counted\n')
print(n)
