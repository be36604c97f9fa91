# re: the search paths that skip the inside of words for patterns starting
# with \b, findall/split collecting their results (several calls in a row
# must not share them), and the arguments of the module functions and of
# Pattern and Match methods, positional, by keyword and wrong.
import re

text = "alpha beta_gamma x1 naïve café Ärger 42 __init__ a-b, end"
for pat in [r'\b\w+', r'\b\w', r'\b[a-z]+\b', r'\b\w*é\w*\b', r'\b(\w)(\w*)\b', r'\b\d+\b',
            r'(?a)\b\w+', r'(?a)\b\w*\b', r'\b-', r'\b(?:-|\w)', r'\B\w+', r'\b_+\w', r'(?i)\b(ALPHA|end)\b',
            r'\b(?=\w)', r'\b\w+\b(?!,)']:
    print(pat, re.findall(pat, text))
    print(' ', [m.span() for m in re.finditer(pat, text)])
for pos, endpos in [(0, 100), (1, 100), (7, 100), (8, 30), (20, 21), (22, 27), (0, 3)]:
    p = re.compile(r'\b\w+')
    print(pos, endpos, p.findall(text, pos, endpos), p.search(text, pos, endpos))
b = text.encode('latin-1', 'replace')
print(re.findall(rb'\b\w+', b), re.findall(rb'\b[\x80-\xff]', 'caf\xe9 \xe9t\xe9'.encode('latin-1')))
wide = "日本語 text ЖЖ слово 🐍snake"
print(re.findall(r'\b\w+', wide), re.findall(r'(?a)\b\w+', wide))

# findall and split, called in turn: each result is a list of its own.
long_text = ' '.join('w%d=%d' % (i, i * 7) for i in range(3000))
r1 = re.findall(r'(\w+)=(\d+)', long_text)
r2 = re.findall(r'\d+', long_text)
r3 = re.split(r'(=)', long_text)
r4 = re.findall(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)', 'abcdefghij' * 3)
r5 = re.findall(r'(x)(y)?', 'x xy')
print(len(r1), r1[:3], r1[-1], len(r2), r2[:4], len(r3), r3[:5], r4, r5)
r1.append('extra')
print(len(re.findall(r'(\w+)=(\d+)', long_text)), len(r1), r2[-3:], r3[-3:])
print(re.split(r'x*', 'axbc'), re.split(r'(?:,)', 'a,b,,c', 2), re.findall(r'', 'ab'))

# Arguments.
p = re.compile(r'(?P<w>[a-z]+)(?P<n>\d*)')
print(p.search('  ab12', 1), p.search(string='ab12', pos=1), p.match('ab12', 0, 1), p.fullmatch('ab12', endpos=3))
print(p.findall(string='a1 b2'), list(p.finditer('a1 b2', pos=2)), p.sub(repl=r'\g<n>', string='a1 b2', count=1),
      p.subn(r'<\g<w>>', 'a1 b2'), p.split('a1 b2', maxsplit=1), p.split(string='a1-b2'))
print(re.search(r'b', 'abc', flags=re.I), re.match(pattern='a', string='abc'), re.fullmatch('a.c', 'abc', re.S),
      re.findall('a', 'aAa', re.I), re.sub('a', 'b', 'aaa', 2), re.sub('a', 'b', 'aAa', flags=re.I),
      re.subn(pattern='a', repl='x', string='aa'), re.split('a', 'bab', 1, re.I), re.compile(pattern='x', flags=0))
m = p.search('zz abc12')
print(m.start(), m.end(), m.span(), m.start(1), m.end('n'), m.span(2), m.start('w'),
      m.groups(), m.groups(default='-'), m.groupdict(), m.groupdict(default=0))
m2 = re.match(r'(a)(b)?', 'a')
print(m2.groups(), m2.groups('dflt'), m2.groups(default=None), m2.span(2), m2.groupdict('x'))
bad = [
    lambda: p.search(),
    lambda: p.search('a', 0, 1, 2),
    lambda: p.search('a', string='b'),
    lambda: p.findall(),
    lambda: p.sub('x'),
    lambda: p.split('a', 1, 2),
    lambda: m.start(1, 2),
    lambda: m.span(group=2),
    lambda: m.start(group='w'),
    lambda: m.end(1, group=2),
    lambda: m.group(group=1),
    lambda: m.span(group=9),
    lambda: m.end('nope'),
    lambda: m.groups(1, 2),
    lambda: p.search(5),
    lambda: p.search('a', 'x'),
]
for f in bad:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
