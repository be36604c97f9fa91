# str.split() and str.rsplit() with no separator: Python's whitespace set
# (including non-ASCII spaces and the \x1c-\x1f separators), maxsplit, lone
# surrogates, and non-ASCII words.
tests = [
    "",
    "   ",
    " a b  c ",
    "a\u3000b\u00a0c\x85d",
    "\ud800 x \udfff\u2028y",
    "h\u00e9llo w\u00f6rld  ",
    "\x1cA\x1fB",
    "\t\n\v\f\rone\r\ntwo\x0bthree",
]
for t in tests:
    for m in (-1, 0, 1, 2, 5):
        print(ascii(t.split(None, m)), ascii(t.rsplit(None, m)))
        print(ascii(t.split(maxsplit=m)))

words = ("alpha beta " * 1000).split()
print(len(words), words[:3], words[-1])
print([len(w) for w in "caf\u00e9 na\u00efve \U0001f600x".split()])
