# re.DEBUG's code listing: after the parse tree, CPython 3.12 prints the sre
# code it compiles the pattern to (INFO block with widths, literal prefix or
# first-character set, then the opcodes). Kiln compiles the tree to the same
# code for display; these patterns cover each kind of node and flag.
import contextlib
import io
import re


def show(pattern, flags=0):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        re.compile(pattern, flags | re.DEBUG)
    print('==', repr(pattern), flags)
    print(out.getvalue(), end='')


LITERALS = [r'abcabd', r'aaaa', r'abab', r'\x00', r'\n', r'é', r'\U0001F600x', r'a\.b', r'{}', r'a{}', r'a{,}']
CLASSES = [
    r'[aeiou]', r'[a-f0-9]', r'[^a-f0-9]', r'[\w.]+@[\w.]+', r'[\W\d]', r'[^\W\d]', r'\s', r'[\s]',
    r'[^\s]', r'[\x00-\xff]', r'[^\x00-\xff]', r'[\x80-\u0100]', r'[\u0100-\u0200]',
    r'[\u0100\u0300\u4e00-\u4eff]', r'[a-z\u0400-\u04ff]', r'[\u0101\u0103\u0105]', r'[a\U00010000]',
    r'[\x00]', r'[\n\t]', r'[^\n]', r'[ab]*+', r'[-+]?\d*\.?\d+',
]
REPEATS = [
    r'a{0}', r'a{0,1}', r'a{5,}', r'a{1000}', r'a++', r'a*+', r'a?+', r'(?:ab){2,3}', r'(?:ab){2,3}?',
    r'(?:ab){2,3}+', r'(a){2}', r'(a|b)*?c', r'(ab|cd)+', r'(?:a|b)+', r'(?:ab|a)+', r'(?:a|bc)*',
    r'.*a', r'(?s).*', r'a|b*', r'\d{3}-\d{4}',
]
GROUPS = [
    r'ab(c)d', r'(ab)cd', r'(?:ab)(cd)', r'(?:(a)|b)c', r'((a))', r'(?:a(b))c', r'a(?:)b',
    r'(\d+)\.(\d+)', r'^(?:[a-z]+)$', r'(?>ab|a)c', r'(?>a)', r'(?>(a))', r'(?P<a>x)|(?P<b>y)',
]
BACKREFS = [r'(a)(?(1)b|c)d', r'()(?(1)a|b)', r'(?i)(a)\1', r'(?P<q>[\'"]).*?(?P=q)', r'(a)(b)\2\1',
            r'(?<=(a))\1', r'(?=(a+))a*b\1', r'(?!(ab))..\1']
LOOKAROUNDS = [
    r'a(?=b)', r'(?<=abc)d', r'(?<!a|b)c', r'(?<=(a))b', r'foo(?!bar)', r'(?<=\$)\d+', r'(?=(a))',
    r'(?!a)', r'(?<!a)', r'"(?:[^"\\]|\\.)*"',
]
ALTERNATION = [r'x|y|z|\d', r'[ab]|c|d', r'a|bc', r'(?i)a|b', r'(?i)[ab]|c', r'(?i)1|2', r'(?:a|b)c']
ANCHORS = [r'\bcat\b', r'a\Z', r'\Ba', r'(?m)a\Z', r'(?m)^a$', r'\A\Z', r'(?a)\b\w+\b']
FLAGS = [
    r'(?i)k', r'(?i)s', r'(?i)i', r'(?i)[k-s]', r'(?i)[^s]', r'(?i)[a-zA-Z0-9]', r'(?i)[\u0100-\u0200]',
    r'(?i)[\U00010400-\U00010428]', r'(?i)\u212a', r'(?i)ß', r'(?i)[^ß]', r'(?i)µ', r'(?i)Straße',
    r'(?i)\w', r'(?i)\d', r'(?i)12', r'(?i)(?-i:a)b', r'(?-i:a)(?i:b)', r'(?i:1)2',
    r'(?i)[\u0400-\u04ff]', r'(?i)[a-z\u0400]', r'(?a)(?i)k', r'(?ai)[k]', r'(?s)[^\n]', r'(?u)\w',
    r'(?x) \d+ (?: \. \d+ )?',
]
for group in [LITERALS, CLASSES, REPEATS, GROUPS, BACKREFS, LOOKAROUNDS, ALTERNATION, ANCHORS, FLAGS]:
    for p in group:
        show(p)
for p in [b'(?i)ab', b'(?i)[a-z]', b'\\w', b'\\bx', b'(?L)\\w', b'(?Li)a', b'(?L)\\b[a-c]', b'\\xe9',
          b'(?i)\\xe9', b'[\\x80-\\xff]', b'(?i)[\\x80-\\xff]', b'(?iL)[a-c](a)\\1']:
    show(p)
for p, flags in [('ab', re.I), ('[a-z]', re.I | re.A), ('\\w', re.A), ('k', re.I | re.A),
                 ('(a)\\1', re.I | re.A), ('^a.', re.M | re.S), ('a b # c', re.X | re.I)]:
    show(p, flags)
