# surrogateescape fails with the codec's own error, over the whole run of
# characters (or bytes) the codec could not handle.
cases = [("a\u20ac\u4e00\udc85b", "cp437"), ("a\u20ac\u4e00\udc85b", "cp1252"),
         ("a\u20ac\udc85\u4e00b", "ascii"), ("x\u0100\u0101y", "latin-1"),
         ("\udc80\udcff\u20ac", "ascii"), ("ab\udc80\u4e00\u4e01", "iso8859_5"),
         ("\udc85\udc86", "cp037")]
for s, enc in cases:
    try:
        print(enc, ascii(s), s.encode(enc, "surrogateescape"))
    except UnicodeEncodeError as e:
        print(enc, ascii(s), e.start, e.end, e)
for b, enc in [(b"a\x81\x8db", "cp1252"), (b"a\x01\xff", "ascii"), (b"\xe2\x82", "utf-8"),
               (b"\xff\x00", "cp1253"), (b"a\xc3(", "utf-8")]:
    try:
        print(enc, b, ascii(b.decode(enc, "surrogateescape")))
    except UnicodeDecodeError as e:
        print(enc, b, e.start, e.end, e)
for s in ["\ud800\udc80x", "a\udc80\ud800\udcff"]:
    try:
        print(ascii(s), s.encode("utf-8", "surrogateescape"))
    except UnicodeEncodeError as e:
        print(ascii(s), e.start, e.end, e)
