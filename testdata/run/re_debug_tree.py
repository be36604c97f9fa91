# re.DEBUG prints the parse tree as CPython's sre parser dumps it (common
# prefixes of alternatives factored out, one-character alternatives and
# classes as IN or LITERAL, non-capturing groups inlined), a blank line,
# then the listing of the sre code CPython compiles the pattern to
# (re_debug_code.py has more patterns for the listing).
import contextlib
import io
import re

PATTERNS = [
    r'abc', r'a.c', r'^a$', r'\Aa\Z', r'\bfoo\B', r'a*', r'a+?', r'a{2,5}', r'a{3}', r'a{2,}+',
    r'(a)(b)', r'(?P<n>x)(?P=n)', r'(a)\1', r'(?:ab)*', r'[abc]', r'[^abc]', r'[a-z0-9_]', r'[a]',
    r'[^a]', r'\d+', r'\w\s\W', r'[\d\s]', r'a|b|c', r'ab|ac', r'foo|bar', r'(?=a)b', r'(?!a)b',
    r'(?<=a)b', r'(?<!ab)c', r'(?>a+)b', r'(a)?(?(1)b|c)', r'(?i)abc', r'(?i:a)b', r'(?s-i:a.)',
    r'x*?y+?z??', r'\x41\n\t', r'[.]', r'(a|bc)+', r'\.', r'a{,3}', r'(a)|b', r'[a-c]|d', r'\\', r'',
    r'a(?#comment)b', r'(?x) a b  # c', r'[]a]', r'[-a]', r'[\w-]', r'(?:ab)c', r'(?:a|b)c', r'a|',
    r'|a', r'(?i)[a-c]', r'[a-a]', r'[\x00-\x7f]', r'a{2}?', r'(?P<x>a)(?(x)b)', r'\0', r'[\b]',
    r'a||b', r'é\u00e9', r'(?:)', r'ab|ab', r'a|a|b', r'(?:a)', r'[^\d]', r'[^ab]|c', r'(?ms)a',
    r'x(?=y|z)', r'[a-cx-z]+?', r'(?a:\w)', r'\S\D', r'ab*|ac', r'(a)(?(1)b)c', r'(?x)[ a]',
    r'a{1,1}', r'[\]]', r'\101\0177', r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10', r'[\101-\132]',
    r'\N{LATIN SMALL LETTER A}\u00e9\U0001F600', r'a{', r'a{1', r'x{2,3}?y{4}+', r'(?x)a # c\n b *',
    r'(?-i:a)', r'((a)|(b))*?', r'(?P<first>a)(?P<second>b)?(?(second)c|d)', r'[^-]', r'[a\-z]',
    r'(?<=a|b)c', r'\$\^\*', r'.*?x|.+?y', r'(?s:.)(?m:^)', r'[\s\S]', r'abc|abd|abe', r'a(?:b|c)d',
    r'(?x) a  b | c d', r'(?x)(?-x: a | b )|c d', r'(?s:.)(?m:^x)',
]


def tree(pattern, flags=0):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        re.compile(pattern, flags | re.DEBUG)
    return out.getvalue()


for p in PATTERNS:
    print('==', repr(p))
    print(tree(p), end='')
for p, flags in [(b'ab', 0), (b'[a-z]\\d|\\xff', 0), ('a b', re.X), ('A|b', re.I), ('^x$', re.M),
                 ('a.', re.S | re.A), ('(?x)[a b]c d', 0)]:
    print('==', repr(p), flags)
    print(tree(p, flags), end='')

# Each compile with DEBUG prints again: such patterns are not cached.
print(tree('ab') == tree('ab'))
# An invalid pattern prints nothing before its error.
for bad in [r'(a', r'a**', r'[z-a]', r'\1', r'(?P<1>a)', r'(?<x>a)', r'a{3,2}']:
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            re.compile(bad, re.DEBUG)
    except re.error as e:
        print(repr(bad), 'error:', e, repr(out.getvalue()))
