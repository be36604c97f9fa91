# Every byte of every single-byte charmap codec: decoded one at a time
# (undefined bytes raise UnicodeDecodeError), each code point encoded back,
# the whole table at once, and the other code points below U+2600 refused
# (strict, ignore, and replace with the codec's own '?': 0x6f in EBCDIC).
# A digest per codec, with its undefined bytes and the code points that do
# not encode back to the byte they came from; then a few aliases.

def fnv1a(data, h=0xcbf29ce484222325):
    """64-bit FNV-1a of data, continuing from h."""
    for b in data:
        h = ((h ^ b) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h

CODECS = [
    "cp037", "cp437", "cp850", "cp852", "cp855", "cp858", "cp860", "cp862",
    "cp863", "cp865", "cp866", "cp1140",
    "iso8859_2", "iso8859_3", "iso8859_4", "iso8859_5", "iso8859_6",
    "iso8859_7", "iso8859_8", "iso8859_9", "iso8859_10", "iso8859_13",
    "iso8859_14", "iso8859_15", "iso8859_16",
    "koi8_r", "koi8_u", "mac_roman", "mac_cyrillic",
    "cp874", "cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255",
    "cp1256", "cp1257", "cp1258",
]

for name in CODECS:
    h = fnv1a(b"")
    undefined = []
    mismatched = []
    for b in range(256):
        try:
            ch = bytes([b]).decode(name)
        except UnicodeDecodeError as e:
            assert e.encoding == "charmap" and e.start == 0 and e.end == 1, e
            undefined.append(b)
            h = fnv1a(b"-", h)
            continue
        h = fnv1a(ch.encode("utf-8"), h)
        back = ch.encode(name)
        if back != bytes([b]):
            mismatched.append((b, back))
        h = fnv1a(back, h)
    # The whole table at once, and strict encoding of what is not in it.
    defined = bytes(b for b in range(256) if b not in undefined)
    text = defined.decode(name)
    assert len(text) == len(defined)
    whole = text.encode(name)
    h = fnv1a(whole, h)
    # Every other code point below U+2600 fails, alone and among others.
    rest = "".join(chr(cp) for cp in range(0x2600) if chr(cp) not in text)
    assert rest.encode(name, "ignore") == b""
    assert rest.encode(name, "replace") == "?".encode(name) * len(rest), name
    try:
        ("ab" + rest[5:9]).encode(name)
    except UnicodeEncodeError as e:
        assert (e.encoding, e.start, e.end, e.reason) == ("charmap", 2, 6, "character maps to <undefined>"), e
    missing = len(rest)
    print(name, "%016x" % h, len(text), missing,
          "undefined:", " ".join("%02x" % b for b in undefined) or "none",
          "mismatched:", " ".join("%02x>%s" % (b, back.hex()) for b, back in mismatched) or "none")

# Aliases reach the same tables, and errors name the codec "charmap".
for alias, name in [("IBM437", "cp437"), ("windows-1252", "cp1252"),
                    ("latin2", "iso8859_2"), ("Macintosh", "mac_roman"),
                    ("ebcdic-cp-us", "cp037"), ("iso-8859-16", "iso8859_16"),
                    ("KOI8-R", "koi8_r"), ("l10", "iso8859_16")]:
    table = bytes(range(256)).decode(name, "replace")
    assert bytes(range(256)).decode(alias, "replace") == table, alias
    try:
        "\u4e00".encode(alias)
    except UnicodeEncodeError as e:
        print(alias, "->", name, e)
