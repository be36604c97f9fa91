print(b'%d items' % 3, b'%-5d|' % 42, b'%05.1f' % 3.14159, b'%c' % 65, b'%c' % b'Z')
print(b'%s and %s' % (b'x', bytearray(b'y')), b'%r' % 'q', b'%a' % 'é', b'%%')
try:
    b'%s' % 'str'
except TypeError as e:
    print(e)
print(repr(bytes(range(0, 256, 17))))
print(b'\x00'.isalnum(), bytes([0x41]).lower(), b'A:B'.split(b':'), b'a\nb\r\nc'.splitlines())
print(int.from_bytes(b'\x00\x10', 'big'), b'ab'.rjust(4, b'0'))
