# ord(c) called from the interpreter, answered in CALL for an exact str of
# one byte; every other argument goes the general way: non-ASCII
# characters, lone surrogates, str subclasses, bytes and bytearray, wrong
# lengths and types, and an ord that is not the builtin.
import builtins

total = 0
for code in range(128):
    total = total * 31 + ord(chr(code))
print(total % 1000000007)
text = "ITEM-0:6;item_1:6;\t\n\x00\x7f"
print([ord(text[i]) for i in range(len(text))])
for c in ["\x80", "\u00e9", "\u20ac", "\U0001f600", "\ud800", "\udfff"]:
    print(ascii(c), ord(c))


class S(str):
    pass


print(ord(S("a")), ord(S("\u00e9")), ord(b"A"), ord(bytearray(b"z")))
for bad in ["", "ab", "\u00e9\u00e9", S(""), b"", b"ab", 5, None, ["a"]]:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    ord()
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord(c="a")
except TypeError as e:
    print(type(e).__name__, e)

o = ord
print(o("x"), builtins.ord("y"))


def shadowed():
    ord = len
    return ord("q")


print(shadowed())
saved = builtins.ord
builtins.ord = lambda c: -1
print(ord("a"))
builtins.ord = saved
print(ord("a"))
print(sum(ord(c) for c in "hello"), [len(x) for x in ("", "ab", [1], {})])
