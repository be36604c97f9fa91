import os
path = '_kiln_test_file_newlines.tmp'
with open(path, 'wb') as f:
    f.write(b'unix\nwindows\r\nold mac\rend')
with open(path) as f:
    print(repr(f.read()))
with open(path, newline='') as f:
    print(f.readlines())
with open(path, 'rb') as f:
    print(f.readlines())
with open(path, 'w', newline='\r\n') as f:
    f.write('a\nb\n')
with open(path, 'rb') as f:
    print(f.read())
with open(path, 'w') as f:
    f.write('x\ny\n')
with open(path, 'rb') as f:
    print(f.read())
os.remove(path)
