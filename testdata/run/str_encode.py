s = 'naïve café ☕ 𝄞'
b = s.encode('utf-8')
print(b, len(s), len(b))
print(b.decode('utf-8') == s)
print(s.encode('ascii', 'ignore'), s.encode('ascii', 'replace'), s.encode('ascii', 'backslashreplace'))
print(s.encode('ascii', 'xmlcharrefreplace'))
print('abc'.encode('latin-1'), 'é'.encode('latin-1'), b'\xe9'.decode('latin-1'))
try:
    s.encode('ascii')
except UnicodeEncodeError as e:
    print(e)
try:
    b'\xff\xfe'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e)
print(b'\xff'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'ignore'), b'a\xffb'.decode('utf-8', 'backslashreplace'))
print(ascii(s), repr(s))
print(str(b'abc', 'ascii'), str(b'abc'))
