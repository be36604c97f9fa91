# One-character strs from indexing, iteration and chr(): Latin-1 ones are
# shared objects in CPython; surrogates and astral characters survive.
s = "a\xe9\u20ac\U0001f600\ud800z"
print([ascii(c) for c in s])
print([ascii(s[i]) for i in range(len(s))], ascii(s[-2]))
print(s[1] is chr(0xe9), s[0] is s[0])
print([hash(c) == hash(c + "") for c in s])
print(ascii(chr(0xd800)), ascii(chr(0x10ffff)), ascii(chr(0)), len(chr(200)))
d = {}
for c in "hello world":
    d[c] = d.get(c, 0) + 1
print(d, "".join(reversed("caf\xe9")), "x".join("abc"))
print([c.upper() for c in "\xdf\xe9a"], "\xe9".encode(), ord("abc"[2]))
