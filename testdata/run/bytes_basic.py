b = b'hello world'
print(b[0], b[-1], b[:5], b[::-1], len(b), b.upper(), b.title())
print(b.split(), b.split(b'o'), b.replace(b'l', b'L'), b.find(b'o'), b.count(b'l'))
print(b.startswith(b'hell'), b.endswith(b'd'), b'wor' in b, 111 in b)
print(bytes(3), bytes([65, 66, 67]), bytes('é', 'utf-8'), bytes(range(5)))
print(b.hex(), bytes.fromhex('68 65 6c'), b.hex(':', 2), b'\x00\xff'.hex('-'))
print(b'abc' + b'def', b'ab' * 3, b'a' < b'b', b'abc' == b'abc', b'abc' == 'abc')
print(b' x '.strip(), b'a-b-c'.partition(b'-'), b','.join([b'x', b'y']))
print(b'abc'.decode(), b.isalpha(), b'123'.isdigit(), b'  '.isspace(), b'Ab'.swapcase())
print(list(b'AB'), [c for c in b'hi'], b'%s=%d' % (b'k', 5), b'%x' % 255)
print(repr(b'\t\n\r\x00\\\''), b'\x80abc'.center(10, b'.'))
for bad in [lambda: bytes([256]), lambda: b'a' + 'b', lambda: bytes('x'), lambda: b'x'[5]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(b'abc'.zfill(6), b'%5s|' % b'ab', b'abc'.ljust(5, b'*'))
print(bytes.maketrans(b'ab', b'xy'), b'aabb'.translate(bytes.maketrans(b'ab', b'xy')))
