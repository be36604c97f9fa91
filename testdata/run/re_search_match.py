# re: search, match, fullmatch over many patterns and subjects.
import re

cases = [
    (r'abc', 'xxabcxx'), (r'a.c', 'a\nc abc'), (r'a.c', 'a\nc'), (r'^abc$', 'abc'),
    (r'\d+', 'abc 123 456'), (r'\D+', '123abc'), (r'\s+', 'a \t\nb'), (r'\S+', '  xy '),
    (r'\w+', '!!hello_world!!'), (r'\W+', 'ab!?cd'), (r'[a-c]+', 'xxabcabcd'),
    (r'[^a-c]+', 'abcxyzabc'), (r'[\d,]+', 'x1,2,3y'), (r'[]a]+', 'x]a]b'), (r'[^]]+', ']]ab]'),
    (r'[a-]+', 'x-a-b'), (r'[-a]+', 'x-a-b'), (r'[\w.-]+@[\w.-]+', 'mail joe.x@ex-ample.com now'),
    (r'colou?r', 'my color'), (r'colou?r', 'my colour'), (r'a{2}', 'aaaa'), (r'a{2,}', 'aaaaa'),
    (r'a{,2}', 'aaaa'), (r'a{1,3}?', 'aaaa'), (r'a{', 'a{'), (r'a{x}', 'a{x}'), (r'a{1', 'a{1'),
    (r'x*', 'aaa'), (r'a*?b', 'aaab'), (r'a+?', 'aaa'), (r'(ab)+', 'ababab'), (r'(a|ab)(c|bcd)(d*)', 'abcd'),
    (r'\bfoo\b', 'a foo b'), (r'\bfoo\b', 'afoo b'), (r'\Bfoo', 'afoo'), (r'\Aab', 'ab'), (r'ab\Z', 'ab\n'),
    (r'ab$', 'ab\n'), (r'ab$', 'ab\n\n'), (r'^$', ''), (r'$', 'abc'), (r'', 'abc'),
    (r'(?s)a.c', 'a\nc'), (r'(?i)straße', 'STRASSE'), (r'(?i)ǅ', 'ǆ'), (r'(?i)k', '\u212a'),
    (r'(?i)[a-z]+', 'HeLLo'), (r'(?i)[^a-z]+', 'HeLLo123'), (r'\x41\u0042\U00000043', 'ABC'),
    (r'\0', 'a\0b'), (r'\101', 'A'), (r'[\101-\103]+', 'xABCD'), (r'\n\t', 'a\n\tb'),
    (r'\.', 'a.b'), (r'\-', 'a-b'), (r'\#', 'a#b'), (r'[.]', 'a.b'), (r'[\b]', 'a\bb'),
    (r'\d', '\u0661'), (r'\w', 'é'), (r'\s', '\u2003'), (r'(?a)\w', 'é'), (r'(?a)\d', '\u0661'),
    (r'(?a)\s', '\x1c'), (r'\s', '\x1c'), (r'[\s\d]+', 'a 1 2b'), (r'[^\W\d]+', '12ab_3'),
]
for pat, s in cases:
    for fn in (re.search, re.match, re.fullmatch):
        m = fn(pat, s)
        print(fn.__name__, repr(pat), repr(s), m, m and m.groups())

p = re.compile(r'\w+')
print(p.search('  ab cd', 3), p.search('  ab cd', 2, 3), p.match('ab cd', 3), p.fullmatch('ab cd', 3))
print(p.search('abc', 5), p.search('abc', -3), p.search('abcdef', 2, 1), p.search('abc', 0, 100))
print(re.compile('^b').search('ab', 1), re.compile(r'\Ab').search('ab', 1), re.compile('b').match('ab', 1))
print(re.compile('(?<=a)b').search('ab', 1), re.compile('a$').search('abc', 0, 1), re.compile(r'\b').search('ab', 1))
print(re.compile('(?m)^b').search('a\nb', 1))
