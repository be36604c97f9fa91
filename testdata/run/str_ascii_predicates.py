# str.isdigit() and the other class predicates, and upper()/lower(), on
# ASCII strs (tested byte by byte) and on the others (the Unicode tables):
# every ASCII character alone, runs of them, the empty str, non-ASCII text,
# str subclasses, a str whose ASCII flag is cached by an earlier call, and
# the argument errors.

PREDICATES = ["isspace", "isalpha", "isalnum", "isdecimal", "isdigit", "isnumeric"]


def row(s):
    return "".join("1" if getattr(s, name)() else "0" for name in PREDICATES)


# Every ASCII character: which predicates accept it, grouped by answer.
groups = {}
for code in range(128):
    groups.setdefault(row(chr(code)), []).append(code)
for answer in sorted(groups):
    codes = groups[answer]
    print(answer, len(codes), codes[:12], codes[-3:])

samples = [
    "", "0", "9", "/", ":", "@", "[", "`", "{", "A", "Z", "a", "z", "_",
    "12345", "123a", "abc", "abcXYZ", "abc1", "a b", "   ", " \t\n\r\x0b\x0c",
    "\x1c\x1d\x1e\x1f", "\x1b", "\x7f", "\x00", "x\x00",
    "caf\u00e9", "\u00e9", "\u0663\u0664", "\u00b2", "\u2155", "\u00a0",
    "\u3000", "\u0085", "12\u00b2", "\u4e00\u4e8c", "a\u0301", "\U0001d7d8",
    "\u2028", "abc\u00e9", "X" * 40 + "1", "7" * 200, "7" * 200 + "x",
]
for s in samples:
    print(ascii(s)[:30], row(s), ascii(s.upper()[:12]), ascii(s.lower()[:12]))


class MyStr(str):
    pass


for s in [MyStr("123"), MyStr("abc"), MyStr(""), MyStr("\u0663"), MyStr("Ab\u00e9")]:
    u = s.upper()
    print(repr(s), row(s), type(u).__name__, u, s.lower(), type(s.lower()).__name__)

# The same str asked again, once its ASCII flag is cached by another method.
t = "Hello World 42"
print(t.isascii(), t.upper(), t.lower(), t.isalpha(), t.isalnum(), t.isspace())
words = t.split()
print([(w, w.isalpha(), w.isdigit(), w.upper(), w.lower()) for w in words])

# Characters cut from a longer text, as a tokenizer reads them.
src = "x1 = (y22 + 345) * z_9;\tq\n"
kinds = []
for i in range(len(src)):
    c = src[i]
    if c.isspace():
        kinds.append("s")
    elif c.isdigit():
        kinds.append("d")
    elif c.isalpha():
        kinds.append("a")
    elif c.isalnum():
        kinds.append("?")
    else:
        kinds.append("o")
print("".join(kinds))
print([src[i:j].isalnum() for i, j in [(0, 2), (6, 9), (12, 15), (19, 22), (0, 0)]])

# upper() and lower() results are new strs of the mapped text.
for s in ["item-123", "ITEM_456", "MiXeD-Case", "straße", "ǅ", "ﬁ"]:
    print(repr(s.upper()), repr(s.lower()), s.upper().isupper(), s.lower().islower())

for name in PREDICATES + ["upper", "lower"]:
    try:
        getattr("abc", name)(1)
    except TypeError as e:
        print(name, type(e).__name__, e)
    try:
        getattr("abc", name)(x=1)
    except TypeError as e:
        print(name, type(e).__name__, e)
    try:
        getattr(str, name)(5)
    except TypeError as e:
        print(name, type(e).__name__, e)
print(str.isdigit("123"), str.upper("ab"), str.isspace(MyStr(" ")))
