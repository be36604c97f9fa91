import os
path = '_kiln_test_file_binary.tmp'
data = bytes(range(256))
with open(path, 'wb') as f:
    print(f.write(data), f.mode)
print(os.path.getsize(path))
with open(path, 'rb') as f:
    head = f.read(4)
    f.seek(-4, 2)
    tail = f.read()
    f.seek(10)
    mid = f.read(3)
    print(head, tail, mid, f.tell())
with open(path, 'rb') as f:
    print(f.read() == data)
with open(path, 'r+b') as f:
    f.seek(1)
    f.write(b'XY')
with open(path, 'rb') as f:
    print(f.read(5))
text = 'héllo wörld ☃\n'
with open(path, 'w', encoding='utf-8') as f:
    f.write(text)
with open(path, 'rb') as f:
    raw = f.read()
print(raw, len(raw), len(text))
with open(path, encoding='utf-8') as f:
    print(f.read() == text)
with open(path, 'w', encoding='latin-1') as f:
    f.write('café')
with open(path, 'rb') as f:
    print(f.read())
os.remove(path)
