for c in [lambda: 'ä'.encode('ascii'), lambda: b'\xc3'.decode('utf-8'), lambda: b'\x80abc'.decode('ascii'),
          lambda: '\udc80'.encode('utf-8'), lambda: b'\xff\xfe\xfa'.decode('utf-8'), lambda: '€'.encode('latin-1')]:
    try:
        c()
    except UnicodeError as e:
        print(type(e).__name__, e)
        print('  ', e.encoding, e.start, e.end, e.reason)
b'caf\xe9'.decode('utf-8')
