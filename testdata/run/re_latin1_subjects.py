# re over subjects of every kind the engine reads differently: ASCII (the
# str's own bytes), Latin-1 (a byte per code point), wider text and lone
# surrogates (runes), bytes and a bytearray changed by a callback of sub.
import re
subjects = ["plain ascii text 123", "café naïve ÉCOLE über", "snow ☃ and 𝄞 clef café", "lone \udc80 surrogate é", "", "é", "ÿÿÿ ĀĀ"]
pats = [r"\w+", r"(?i)école", r"é+", r"[à-ÿ]+", r"\bna\w*", r"(\w)\1", r"Ā+", r"☃", r"caf(é)", r"(?i)É", r"[^a-z ]+", r".", r"\s*", r"ü|é", r"(?<=é)\w"]
for s in subjects:
    for p in pats:
        print(ascii(s), p, ascii(re.findall(p, s)), ascii(re.sub(p, "<\\g<0>>", s)), ascii(re.split(p, s)[:6]), [m.span() for m in re.finditer(p, s)][:5])
        m = re.compile(p).search(s, 2, max(len(s) - 1, 0))
        print(" pos", ascii(m and (m.group(), m.span())))
b = b"caf\xe9 na\xefve \xff\xfe bytes 12"
for p in [rb"\w+", rb"\xe9", rb"[\x80-\xff]+", rb"(?i)CAF", rb"\d+", rb"\xff\xfe"]:
    print(p, re.findall(p, b), re.sub(p, b"#", b), re.split(p, b))
ba = bytearray(b"abc abc abc")
def cb(m):
    ba[0:3] = b"zzz"
    return b"X"
print(re.sub(rb"abc", cb, ba), ba)
print(re.sub(r"a", lambda m: "é", "banana"), re.subn(r"é", "e", "été é"))
print(re.match(r"(é)(x)?", "éa").groups(), re.fullmatch(r"\w+", "naïve"), re.fullmatch(r"\w+", "naïve!"))
print(re.search(r"ve$", "naïve"), re.search(r"^n", "x\nnaïve", re.M))
print(re.findall(r"Ā", "éééĀé"), re.findall(r"é", "a" * 5 + "é" + "☃"))
long = ("ab café " * 2000) + "☃"
print(len(re.findall(r"café", long)), len(re.findall(r"c\w+", long)), re.search("☃", long).span())
print(re.escape("é☃"), re.sub("(?P<x>é)", r"\g<x>\g<x>", "éa"))
