# \N{...} escapes in string literals and re patterns use the full Unicode
# name table: aliases, derived ideograph and Hangul names, any case; bad
# names are a SyntaxError (literal) or re.error (pattern).
import re

s = "\N{EM DASH}\N{latin small letter a}\N{LATIN CAPITAL LETTER GHA}\N{ZERO WIDTH SPACE}\N{ZWSP}\N{BOM}"
print(ascii(s))
print(ascii("\N{CJK UNIFIED IDEOGRAPH-4E00}\N{HANGUL SYLLABLE GAG}\N{GRINNING FACE}\N{LINE FEED}\N{NULL}"))
print(ascii(f"{1}\N{BULLET}{2}"), ascii(rb"\N{BULLET}"), ascii(r"\N{BULLET}"))
print(ascii("\N{TIBETAN LETTER -A}\N{LATIN LETTER SMALL CAPITAL Q}\N{KHITAN SMALL SCRIPT CHARACTER-18B00}"))

for src in [r'"\N{NOT A NAME}"', r'"ab\N{not a name}cd"', r'"\N"', r'"\Nab"', r'"\N{}"', r'"\N{LATIN SMALL LETTER A"',
            r'"é\N{xx}"', r'"€€\N"', r'"\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}"',
            r'"\N{CJK UNIFIED IDEOGRAPH-4DC0}"', r'"\N{TANGUT IDEOGRAPH-17000}"', 'x = 1\ny = "\\N{BAD}"\n']:
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_offset, repr(e.text))

print(re.findall(r"\N{EM DASH}+", "a\u2014\u2014b\u2014"))
print(re.findall(r"[\N{LATIN SMALL LETTER A}-\N{latin small letter c}]", "abcd"))
print(re.search(r"\N{LATIN CAPITAL LETTER GHA}", "x\u01a2").span())
for pat in [r"\N{NOT A NAME}", r"\N", r"\N{", r"\N{}", r"a\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}", r"[\N{BAD NAME}]"]:
    try:
        re.compile(pat)
    except re.error as e:
        print("re.error:", e)
for pat in [rb"\N", rb"[\N]", rb"\N{BULLET}"]:
    try:
        re.compile(pat)
    except re.error as e:
        print("re.error:", e)
