import os
path = '_kiln_test_file_context_exc.tmp'
f = None
try:
    with open(path, 'w') as f:
        f.write('partial')
        raise RuntimeError('failure inside with')
except RuntimeError as e:
    print(e, 'closed:', f.closed)
with open(path) as g:
    print(g.read())
g2 = open(path)
print(g2.readable(), g2.writable(), g2.seekable(), g2.closed)
g2.close()
g2.close()
print(g2.closed)
with open(path, 'w+') as h:
    h.write('hello world')
    h.seek(6)
    print(h.read())
    h.truncate(5)
    h.seek(0)
    print(repr(h.read()))
os.remove(path)
