# re: flags, their reprs, inline and scoped flags, VERBOSE, pattern reprs.
import re

print(re.I, re.IGNORECASE, repr(re.M), re.S | re.X, re.I | re.M | re.S, re.A, re.U, re.L, re.NOFLAG)
print(int(re.I), re.I == 2, re.I | 8, 8 | re.I, re.I & re.I, re.I + 1, type(re.I + 1).__name__, isinstance(re.I, int))
print(str(re.M), f'{re.M}', '%s' % re.M, re.I | 4096, re.DEBUG, re.T if hasattr(re, 'T') else None)
print(re.compile('a'), re.compile('a', re.I), re.compile('a', re.I | re.M | re.S | re.X))
print(re.compile(b'a'), re.compile(b'a', re.I), re.compile('a', re.A), re.compile('a', re.U), re.compile('(?i)x'))
print(re.compile("it's"), re.compile('x' * 300))
print(re.compile('a').flags, re.compile(b'a').flags, re.compile('(?ims)a').flags, re.compile('a', re.X).flags)
print(re.compile('(?a)a').flags, re.compile('(?x) a b # c').pattern, re.compile(b'(?L)a').flags)
p = re.compile(r'''
    (\d+)   # number
    \s*     # space
    ([a-z]+ # word
    )
    [ ]x \  \#
''', re.VERBOSE)
print(p.findall('12 ab x  # 7cd x  #'))
print(re.findall(r'(?x) a  b | c d', 'ab cd c d'), re.findall('(?x)[ #]', 'a b#c'))
print(re.findall('(?i:a)b', 'AB Ab ab aB'), re.findall('a(?-i:b)', 'AB Ab ab aB', re.I))
print(re.findall('(?s:.)(?m:^x)', '\nxax\nx'), re.findall('(?i)(?m)^a', 'A\na'))
print(re.match('(?i)[^k]', '\u212a'), re.match('[^k]', 'K', re.I), re.match(r'(?i)\u0130', 'i'))
print(re.match('(?i)ß', 'ẞ'), re.match('(?ia)s', 'ſ'), re.match('(?i)s', 'ſ'), re.match(b'(?i)\xe9', b'\xc9'))
for bad, fl in [('a', re.L), (b'a', re.U), (b'a', re.A | re.L), ('a', re.A | re.U)]:
    try:
        re.compile(bad, fl)
    except ValueError as e:
        print('ValueError', e)
p = re.compile('a')
print(re.compile(p) is p)
try:
    re.compile(p, re.I)
except ValueError as e:
    print('ValueError', e)
for x in (1, None, [1]):
    try:
        re.compile(x)
    except TypeError as e:
        print('TypeError', e)
try:
    re.search('a', 1)
except TypeError as e:
    print('TypeError', e)
try:
    re.search('a', b'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.search(b'a', 'a')
except TypeError as e:
    print('TypeError', e)
print(re.escape('a.b*c?d+e(f)g[h]i{j}k|l^m$n\\o p\tq-r&s~t#u_v/w"x\'y'), re.escape(b'a.b\x00\xff'))
print(re.purge(), re.compile('z') == re.compile('z'), re.search('(?x)a  # comment', 'a'))
print(re.Match[str], re.Pattern[bytes], (re.I | re.M).name, re.I.value, re.NOFLAG.name, re.S.name)
print(type(re.compile('x')), type(re.match('x', 'x')), re.Pattern, re.Match, sorted(re.__all__)[:5])
def typed(m: re.Match[str]) -> re.Pattern[str]:
    return m.re
print(typed(re.match('q', 'q')))
