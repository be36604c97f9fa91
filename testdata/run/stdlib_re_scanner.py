# Pattern.scanner (match/search in turn), re.Scanner, RegexFlag as a class
# of members, and Match reprs cut at 50 code points as CPython's %.50R.
import re
p = re.compile(r'a*|b')
for meth in ('search', 'match'):
    sc = p.scanner('aab ba')
    out = []
    for _ in range(8):
        m = getattr(sc, meth)()
        out.append(m and (m.span(), m.group()))
    print(meth, out)
sc = re.compile(r'\d+').scanner('a12b345c6', 2, 8)
print(sc.pattern, sc.search().span(), sc.match(), sc.search(), type(sc).__name__, type(sc).__module__)
print(re.Scanner if hasattr(re, 'Scanner') else 'no Scanner')
try:
    sc.search(1)
except TypeError as e:
    print(e)
print(list(re.RegexFlag), re.RegexFlag.I, re.RegexFlag.VERBOSE, re.RegexFlag.NOFLAG, re.I.value, re.I.name, (re.I|re.M).name, re.RegexFlag(2), re.RegexFlag['DOTALL'], len(re.RegexFlag))
print(re.I in re.RegexFlag, isinstance(re.I, int), re.I == 2, hash(re.I) == hash(2), f'{re.I}', '%s' % re.I, format(re.I, '>20'), re.I + 1, repr(re.RegexFlag))
print(f'{re.I|re.S:d}', '{:x}'.format(re.X), re.NOFLAG.name, (re.I | 1024), ~re.I)
def tok(s, t): return ('T', t)
sc = re.Scanner([(r'\d+', lambda s, t: int(t)), (r'[a-z]+', tok), (r'(x)(y)?z', lambda s, t: s.match.groups()), (r'\s+', None)])
print(sc.scan('12 abc 7 ?rest'), sc.scan('xz xyz 3'))
print(re.Scanner([(r'a', 'A'), ('', 'E')]).scan('aab'))
