for n in ["utf_8_sig","UTF-8-SIG","windows-1252","windows_1252","1252","cp1252","CP1252"]:
    print(n, "x".encode(n))
for t in [lambda: "\u0100".encode("cp1252"), lambda: b"\x81".decode("cp1252"), lambda: b"ab\x81\x8d".decode("cp1252"), lambda: "a\u0100\u0101".encode("cp1252"),
          lambda: b"\xef\xbb\xbf\xff".decode("utf-8-sig"), lambda: "\udc80".encode("utf-8-sig"), lambda: "a\udc81".encode("cp1252", "surrogateescape"),
          lambda: b"\x81\x90a".decode("cp1252", "surrogateescape")]:
    try: print(repr(t()))
    except Exception as e: print(type(e).__name__, e, e.args[0], e.start, e.end)
print("\u20ac\u2122".encode("cp1252"), b"\x80\x99".decode("cp1252"))
print("\u0100".encode("cp1252","replace"), "\u0100".encode("cp1252","xmlcharrefreplace"), b"\x81".decode("cp1252","replace"), b"\x81".decode("cp1252","backslashreplace"))
print("x\u0100\u20ac".encode("cp1252","backslashreplace"), "x\u0100\u20ac".encode("cp1252","ignore"), b"a\x81\x9d\x9e".decode("cp1252","ignore"))
print("x".encode("utf-8-sig"), "".encode("utf-8-sig"), b"\xef\xbb\xbfx".decode("utf-8-sig"), b"".decode("utf-8-sig"), b"x\xef\xbb\xbf".decode("utf-8-sig"))
allb = bytes(range(256))
print(ascii(allb.decode("cp1252", "replace")))
s = allb.decode("cp1252", "ignore")
print(s.encode("cp1252") == bytes(b for b in range(256) if b not in (0x81,0x8d,0x8f,0x90,0x9d)))
print(str(b"\x80", "cp1252"), bytes("\u20ac", "windows-1252"))
