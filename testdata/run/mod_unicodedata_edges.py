# unicodedata edge cases: str subclasses, surrogates, bytes names, NUL in
# names, argument-count and keyword errors of every function.
import unicodedata as u
class S(str): pass
tests = [
    lambda: u.name('\ud800', 'none'), lambda: u.category('\ud800'), lambda: u.category(S('a')),
    lambda: ascii(u.normalize('NFC', 'a\ud800\u0301b')), lambda: u.is_normalized('NFC', '\ud800'),
    lambda: ascii(u.normalize('NFC', S('e\u0301'))), lambda: type(u.normalize('NFC', S('abc'))).__name__,
    lambda: type(u.normalize('NFD', 'abc')).__name__, lambda: u.lookup(b'SNOWMAN'), lambda: u.lookup(bytearray(b'SNOWMAN')),
    lambda: u.lookup('\xe9'), lambda: u.lookup(b'\xff'), lambda: u.name(chr(0x10ffff), 0), lambda: u.lookup('LATIN SMALL LETTER A\x00'),
    lambda: u.digit('\u2460'), lambda: u.decimal('\u2460', -1), lambda: u.numeric('\u2155'), lambda: u.numeric('\U00012432'),
    lambda: u.name(chr(0xe0100)), lambda: u.lookup('VARIATION SELECTOR-17'), lambda: u.mirrored('\u2208'),
    lambda: u.normalize(form='NFC', unistr='a'), lambda: u.category(chr(0x1FBFA)),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
for n in ['lookup','name','category','bidirectional','east_asian_width','decomposition','combining','mirrored','decimal','digit','numeric','normalize','is_normalized']:
    f = getattr(u, n)
    for args, kw in [((), {}), (('a','b','c'), {}), (('a',), {'x': 1})]:
        try:
            f(*args, **kw)
        except Exception as e:
            print(n, type(e).__name__, e)
print(u.lookup(memoryview(b'SNOWMAN')))
