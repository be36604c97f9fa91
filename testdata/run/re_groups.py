# re: Match objects, groups by number and name, spans, lastindex/lastgroup.
import re

m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?P<opt>!)?', 'Isaac Newton, physicist')
print(m)
print(m.group(), m.group(0), m.group(1), m.group('last'), m.group(1, 'last', 0))
print(m.groups(), m.groups('-'), m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.span(), m.start(2), m.end('first'), m.span('opt'), m.start(3))
print(m[0], m[1], m['last'], m[3])
print(m.lastindex, m.lastgroup, m.regs, m.pos, m.endpos, m.re, m.string)
print(m.expand(r'\2, \1 (\g<first>) \g<0> [\g<2>]'))
print(bool(m), type(m).__name__, type(m).__module__, type(m.re).__name__)
for bad in (4, -1, 'nope', 1.5, None):
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
    try:
        m[bad]
    except IndexError as e:
        print('IndexError', e)
try:
    m.start('zz')
except IndexError as e:
    print('IndexError', e)

for pat, s in [(r'(a)(b)?', 'a'), (r'((a)b)', 'ab'), (r'(a)|(b)', 'b'), (r'(?:(a)|b)+', 'ab'),
               (r'(a*)+', 'b'), (r'(a|b)*', 'abba'), (r'(?P<x>a)(?P<y>b)?', 'ac'), (r'(a)(?:b)', 'ab'),
               (r'((a)|(b))*', 'ab'), (r'(a+)+b', 'aab'), (r'(?:(\d)|([a-z]))+', '1a2b')]:
    m = re.match(pat, s)
    print(repr(pat), m, m.groups(), m.lastindex, m.lastgroup, m.regs)

p = re.compile(r'(?P<k>\w+)=(?P<v>\w*)')
print(p.groups, p.groupindex, p.pattern, p.flags, p)
print(dict(p.groupindex), sorted(p.groupindex.items()))
m = p.search('  key=value  ', 1, 12)
print(m, m.pos, m.endpos, m.span('v'))
print(re.match('(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)', 'abcdefghijk').group(11))
print(re.match(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11', 'abcdefghijkk'))
m = re.match(r'(?P<a>x)?y', 'y')
print(m.groupdict(), m.groups(), m.span('a'), m.start(1), m.expand(r'[\1][\g<a>]'))
print(re.match('a', 'a') == re.match('a', 'a'), p == re.compile(p.pattern), hash(p) == hash(re.compile(p.pattern)))
m = re.search(b'(?P<n>\\d+)', b'ab123c')
print(m, m.group('n'), m.groups(), m.span(), m.expand(b'<\\g<n>>'))
