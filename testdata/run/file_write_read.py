import os
path = '_kiln_test_file_write_read.tmp'
with open(path, 'w') as f:
    print(type(f).__name__, f.name, f.mode, f.closed)
    n = f.write('line one\n')
    f.write('line two\n')
    f.writelines(['three\n', 'four'])
    print('wrote', n)
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.readline()), repr(f.readline()), f.readlines())
with open(path, 'r') as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(path, 'a') as f:
    f.write('\nappended')
with open(path) as f:
    print(f.read().splitlines())
with open(path) as f:
    print(repr(f.read(4)), repr(f.read(5)), f.tell())
    f.seek(0)
    print(repr(f.read(4)))
os.remove(path)
print(os.path.exists(path))
try:
    f.read()
except ValueError as e:
    print(e)
