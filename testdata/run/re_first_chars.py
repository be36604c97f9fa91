# Searches skip to the characters a match can start with, found through
# groups, alternatives, optional items and assertions; every pattern here
# is searched, found in full and substituted on several subjects.
import re

patterns = [
    r"\b\w+@\w+", r"(?i)error|warning", r"\s*=\s*|\n", r"(\w+)=(\d+)", r"(?i)\b(k|s)\w*",
    r"(?:ab)?c", r"(?:ab)*c|d", r"a?b?c", r"x{0}y", r"(?=\d)\w+", r"(?<=a)b+", r"(?<!a)b",
    r"(?>ab|a)c", r"(?:a|b|)z", r"(?:)q", r"[^a-z]+x", r"(?i)[é-ë]+", r"\Bo", r"$|a",
    r"(a|)", r"(?i)ſ|ﬀ", r"(?i)k", r"\d*\.\d+", r"(?:\b|x)y", r"(?:(?:a)?(?:b)?)+c",
    r"(?:é|日|😀)+", r"(?m)^\w", r"(?s)(?:a.)+", r"(?a)\w+é",
]
subjects = [
    "user@host error=5 Warning\n  k=3  KELVIN \u212a s ſ ß",
    "abc abcc ababc dz c aabbc bbc y xy 123abc 4x ..5 .6",
    "café été ÉTÉ naïve ėxtra bo obo o",
    "日本 😀😀 é日 abz bz z qq \ufb00 ff FF",
    "",
    "aaaa bbbb abab",
]
for pat in patterns:
    p = re.compile(pat)
    for s in subjects:
        m = p.search(s)
        print(ascii((pat, m and m.span(), p.findall(s)[:8], p.sub("<>", s)[:50], p.search(s, 5) and p.search(s, 5).span())))
for pat in [rb"\b\w+=", rb"(?i)ab|\xe9", rb"(?:x)?\d+"]:
    print(re.findall(pat, b"ab=1 AB \xe9\xc9 x12 99"), re.sub(pat, b"-", b"k=2 xx3"))
