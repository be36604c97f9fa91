# Groups and sub's pieces of non-ASCII subjects (Latin-1, BMP, astral, lone
# surrogates) are cut from the subject's own text: in order, out of order,
# from old Match objects, with pos and endpos, and around template text.
import re


def show(*values):
    # ascii(): the lone surrogates cannot be written as UTF-8.
    print(ascii(values))


subjects = [
    "café naïve crème brûlée über",
    "日本語 テキスト 漢字かな 123 混在",
    "emoji 😀 and 𝄞 music 🎉 end 😀😀",
    "mixed é 日 😀 a\u00ff\u0100\U0010ffff z",
    "lone \ud800 surrogate \udfff here \ud83d",
]
for s in subjects:
    ms = list(re.finditer(r"(\S)(\S*)", s))
    show([m.group() for m in ms])
    show([(m.group(2), m.group(1), m.span(2)) for m in reversed(ms)])
    show(ms[0].group(1, 2), ms[-1].groups(), ms[len(ms) // 2][0])
    show(re.sub(r"(\S)(\S*)", r"<\2|\1>", s))
    show(re.sub(r"(\S+)", lambda m: m.group(1)[::-1] + "·", s))
    show(re.subn(r"\s+", "—", s), re.split(r"(\s)", s))
    show(re.findall(r"\S+", s), re.findall(r"(\S)(\S)", s))
    p = re.compile(r"\S+")
    show([p.search(s, i).group() for i in (0, 3, 7, len(s) // 2)], p.search(s, 2, len(s) - 2))
    show(p.sub(r"[\g<0>]", s, count=2), re.escape(s[:6]))
    m = re.search(r"(?P<w>\S+)\s+(?P<v>\S+)$", s)
    show(m.groupdict(), m.expand(r"\g<v>:\g<w>"), m.string is s, m.group("v", "w"))
long = ("é" * 100 + "x") * 50 + "😀" + ("a" * 30 + "ü") * 50
ms = list(re.finditer(r"x|😀|ü", long))
show(len(ms), [m.start() for m in ms[::17]], [m.group() for m in ms[::-9]])
show(len(re.sub(r"[éa]+", lambda m: str(len(m.group())), long)), re.sub(r"é+", r"(\g<0>)", long)[:30])
show(re.sub(r"x", "ï", long).count("ï"), re.sub(b"\xe9+", b"E", "é\xe9".encode("latin-1")))
