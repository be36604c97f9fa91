# re: the pattern cache, purge, copies, long and nested repeats, escape round trips, scoped verbose.
import re


p1 = re.compile(r'\d+')
p2 = re.compile(r'\d+')
print(p1 == p2, p1 is p2, re.compile(r'\d+', re.I) == p1, hash(p1) == hash(p2))
re.purge()
p3 = re.compile(r'\d+')
print(p3 == p1, p1.__copy__() is p1, p1.__deepcopy__({}) is p1)
m = p1.search('ab12')
print(m.__copy__() is m, m.re is p1, m.string)
for s in ['a.b', '[x]', 'a+b*c?', 'tab\there', 'new\nline', '^$', '{1,2}', 'a|b', '#x', '~&-', 'é😀']:
    assert re.fullmatch(re.escape(s), s)
    print(repr(re.escape(s)))
print(re.fullmatch('a{1000}', 'a' * 1000) is not None, re.fullmatch('a{1000}', 'a' * 999))
print(re.match('(?:a{2}){3}', 'aaaaaaa'), re.match('(a{2}){2,}?', 'aaaaaa'), re.match('((a)|b)*?c', 'abac'))
print(re.findall('(?x: a b )c', 'abc a bc'), re.findall('(?x)a(?-x: b)', 'a b ab'))
print(re.sub(r'(?P<x>.)', r'\g<0>\g<x>', 'ab'), re.sub('a', r'\\n', 'a'), re.sub('(a)', r'\1\\1', 'a'))
print(re.split(r'[,;]', 'a,b;c', maxsplit=1), re.split(r'X', 'aXbxc', flags=re.I), re.split(r'(?m)^', 'a\nb\nc'))
print(re.search(r'(?<=\d{3})x', '12x 123x'), re.search(r'(?<!^)a', 'aa'), re.search(r'(?<=^a)b', 'ab'))
print(re.findall(r'\d+(?:\.\d+)?', 'pi 3.14 e 2.718 n 42.'), re.findall(r'"(?:[^"\\]|\\.)*"', r'a "x\"y" "z"'))
print(re.match(r'(?P<a>a)(?P<b>b)(?P<c>c)?', 'ab').groupdict('-'), re.compile('(a)(?P<n>b)').groupindex)
print(re.sub(r'^\s+|\s+$', '', '  trim me  '), re.sub(r'(?m)\s+$', '', 'a  \nb \n'), re.sub('(?s).', 'x', 'a\nb'))
lines = ['2024-01-05 ERROR disk full', '2024-01-06 INFO ok', 'garbage', '2024-02-01 WARN low']
log = re.compile(r'(?P<date>\d{4}-\d\d-\d\d) (?P<level>[A-Z]+) (?P<msg>.*)')
for line in lines:
    m = log.match(line)
    print(m and (m['date'], m['level'], m['msg'], m.lastgroup))
print(re.findall(r'\b[A-Z][a-z]+\b', 'Alice met Bob and carol in Paris'), re.sub(r'([a-z])([A-Z])', r'\1_\2', 'camelCaseString').lower())
tok = re.compile(r'\s*(?:(\d+)|(\w+)|(.))')
print([(m.lastindex, m.group(m.lastindex)) for m in tok.finditer('x = 42 + y1')])
