print(chr(65), chr(0x263A), chr(0), repr(chr(127)), ord('a'), ord('\n'), ord('€'), ord(b'A'), ord(bytearray(b'z')))
print(ascii('plain'), ascii('café'), ascii(['ü', 1]), ascii('\U0001F600'), ascii(b'\xff'))
print(repr('café'), repr('\x1b[0m'), repr('\u200b'), repr('\U0001F600'))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord('ab'), lambda: ord(''), lambda: chr('a')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(''.join(chr(c) for c in range(0x41, 0x5b)))
