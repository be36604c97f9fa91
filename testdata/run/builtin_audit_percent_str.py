# Audit of builtins people use a lot (gaps2): printf-style % on str and bytes, int.to_bytes/from_bytes, str methods' corners.
def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
cases = [("%5.2s|", "abc"), ("%-6d|", 42), ("%+05d", 42), ("% d", 42), ("%x", 255), ("%#X", 255), ("%#o", 8), ("%e", 12345.678),
         ("%.0e", 5.5), ("%g", 1e-5), ("%#g", 1.0), ("%G", 1e20), ("%c", 65), ("%c", "z"), ("%c", 0x110000), ("%c", "ab"),
         ("%r", "é"), ("%a", "é"), ("%s", None), ("%d", 3.9), ("%x", 3.5), ("%d", "3"), ("%i", True), ("%u", -3),
         ("%*d", (5, 3)), ("%-*d|", (5, 3)), ("%.*f", (2, 3.14159)), ("%(a)s-%(b)d", {"a": 1, "b": 2}), ("%(a)s", 5),
         ("%s %s", (1,)), ("%s", (1, 2)), ("%d%%", 5), ("%", ()), ("%z", 1), ("%.3s", b"abc"), ("%5%", ()), ("%(a", {"a": 1}),
         ("%f", float("inf")), ("%08.3f", -3.14159), ("%+.2e", 0.0), ("%o", -8), ("%x", 10**20), ("%d", 10**20), ("%.50f", 0.1),
         ("%s", [1]), ("%-05d|", 3), ("%#x", 0), ("%#.3o", 8), ("%.3d", 5), ("%.3x", 255), ("%10.4d|", -5), ("%c", -1)]
for fmt, args in cases:
    t(f"{fmt!r} % {args!r}", lambda: fmt % args)
for fmt, args in [(b"%s", b"x"), (b"%s", "x"), (b"%d", 5), (b"%c", 65), (b"%c", b"a"), (b"%r", "é"), (b"%a", "é"), (b"%b", b"q"),
                  (b"%x", 255), (b"%5s|", b"ab"), (b"%s", bytearray(b"z")), (b"%c", 256), (b"%(k)s", {b"k": b"v"})]:
    t(f"{fmt!r} % {args!r}", lambda: fmt % args)
t("not all converted", lambda: "abc" % 5)
t("mapping needed", lambda: "%(a)s" % (1,))
t("int to_bytes", lambda: (1024).to_bytes(2, "big"))
t("to_bytes overflow", lambda: (1024).to_bytes(1, "big"))
t("to_bytes neg unsigned", lambda: (-1).to_bytes(1, "big"))
t("to_bytes default", lambda: (5).to_bytes())
t("from_bytes signed", lambda: int.from_bytes(b"\xff\xfe", "little", signed=True))
t("from_bytes bad order", lambda: int.from_bytes(b"\x01", "middle"))
t("str center fill", lambda: "ab".center(7, "*"))
t("center bad fill", lambda: "ab".center(7, "**"))
t("zfill", lambda: ["-42".zfill(6), "+x".zfill(4), "".zfill(3)])
t("expandtabs", lambda: "a\tbc\td\n\te".expandtabs(4))
t("split maxsplit", lambda: ["a b  c ".split(None, 1), "a,b,,c".split(",", -1), " a b ".rsplit(None, 1), "".split(","), "".split()])
t("split empty sep", lambda: "a".split(""))
t("partition", lambda: ["a=b=c".partition("="), "abc".rpartition("x")])
t("removeprefix", lambda: ["abc".removeprefix("ab"), "abc".removesuffix("bc")])
t("title", lambda: ["they're bill's".title(), "ǆemal".title(), "hello world".capitalize(), "ß".upper(), "İ".lower()])
t("casefold", lambda: "Straße".casefold())
t("strip chars", lambda: ["xxaxx".strip("x"), "abc".lstrip("ba"), "  \u2003a\u2003 ".strip()])
t("count overlapping", lambda: ["aaaa".count("aa"), "abc".count(""), "abc".count("", 1, 2)])
t("find start end", lambda: ["abcabc".find("c", 3), "abc".find("", 5), "abc".rfind("", 1), "abc".index("", 3)])
t("index missing", lambda: "abc".index("z"))
t("join nonstr", lambda: ",".join(["a", 1]))
t("replace count", lambda: ["aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2)])
t("isdigit etc", lambda: ["²".isdigit(), "²".isdecimal(), "½".isnumeric(), "a1".isalnum(), "".isspace(), "Ab Cd".istitle()])
t("str mul neg", lambda: "ab" * -1)
t("str mul float", lambda: "ab" * 1.0)
t("splitlines", lambda: ["a\nb\r\nc\rd\x0be\x1cf\u2028g".splitlines(), "a\n\n".splitlines(True)])
t("encode errors", lambda: ["é€".encode("ascii", "replace"), "é".encode("ascii", "xmlcharrefreplace"), "é".encode("ascii", "backslashreplace")])
t("encode strict", lambda: "aé".encode("ascii"))
t("decode strict", lambda: b"a\xff".decode("utf-8"))
t("decode replace", lambda: b"a\xffb\xc3".decode("utf-8", "replace"))
t("maketrans", lambda: "abc".translate(str.maketrans("ab", "xy", "c")))
t("maketrans bad", lambda: str.maketrans("ab", "x"))
