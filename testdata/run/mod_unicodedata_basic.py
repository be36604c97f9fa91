# unicodedata: names (including derived, Hangul, aliases, named
# sequences), every property function, normalization and the errors.
import unicodedata as u

print(u.unidata_version)
for c in "A\u00e9\u4e00\u9fff\U00020000\uac00\ud7a3\U0001f600\u0300\u00bd\u2167\u0663\u00b2\U0001d7d9\u05d0\u0627(\u3000\uff21\ufb01\u1e9b":
    print(ascii(c), u.name(c), u.category(c), u.bidirectional(c), u.east_asian_width(c),
          u.combining(c), u.mirrored(c), u.decimal(c, None), u.digit(c, None), u.numeric(c, None),
          repr(u.decomposition(c)))

for c in "\x00\x1f\x7f\u0378\ue000\U000f0000\ud800\U00017000\U00018d00":
    print(ascii(c), u.name(c, "-"), u.category(c), repr(u.bidirectional(c)), u.east_asian_width(c))

for n in ["latin small letter a", "LATIN CAPITAL LETTER GHA", "BYTE ORDER MARK", "ZWSP", "NBSP",
          "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", "KEYCAP NUMBER SIGN", "latin capital letter gha",
          "CJK UNIFIED IDEOGRAPH-2A6DF", "HANGUL SYLLABLE GAG", "HANGUL SYLLABLE HIH", "KHITAN SMALL SCRIPT CHARACTER-18B00",
          "CJK COMPATIBILITY IDEOGRAPH-F900", "LINE FEED", "NULL", b"SNOWMAN"]:
    print(repr(n), ascii(u.lookup(n)))

for n in ["NOT A NAME", "CJK UNIFIED IDEOGRAPH-4DC0", "CJK UNIFIED IDEOGRAPH-04E00", "HANGUL SYLLABLE",
          "TANGUT IDEOGRAPH-17000", "X" * 300, "cjk unified ideograph-4e00", "CJK UNIFIED IDEOGRAPH-4e00",
          "hangul syllable hih", "HANGUL SYLLABLE GAGX", "CJK UNIFIED IDEOGRAPH-F900", "", "LATIN SMALL LETTER A "]:
    try:
        u.lookup(n)
    except KeyError as e:
        print("KeyError", e)

s = "\u1e9b\u0323 e\u0301 \ufb01 \u2460 \uac00 \u1100\u1161\u11a8 \u00c5\u212b"
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    n = u.normalize(form, s)
    print(form, ascii(n), u.is_normalized(form, s), u.is_normalized(form, n))
print(u.normalize("NFC", "abc"), u.is_normalized("NFKD", ""))


def err(f, *a):
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__ + ":", e)


err(u.name, "\u0378")
err(u.name, "ab")
err(u.name, "")
err(u.name, 65)
err(u.category, "ab")
err(u.combining, 1)
err(u.mirrored, "xy")
err(u.east_asian_width, None)
err(u.bidirectional, "")
err(u.decomposition, "ab")
err(u.numeric, "a")
err(u.decimal, "\u00bd")
err(u.digit, "x")
err(u.numeric, "ab")
err(u.normalize, "NFX", "a")
err(u.normalize, 1, "a")
err(u.normalize, "NFC", 1)
err(u.is_normalized, "nfc", "a")
err(u.lookup, 1)
err(u.lookup)
err(u.name)
print(u.decimal("x", "dflt"), u.digit("x", 0), u.numeric("\u00bd", 9), u.numeric("\u5341"), u.numeric("\U0001ecb0", None))
