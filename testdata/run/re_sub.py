# re: sub, subn, templates, callables, counts and empty matches.
import re

print(re.sub(r'\s+', ' ', 'a   b \n c'))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world foo bar'))
print(re.sub(r'(?P<w>\w+)', r'<\g<w>>', 'ab cd'))
print(re.sub(r'(\w)', r'\g<1>\g<0>', 'abc'))
print(re.sub('a', r'\n\t\\x', 'bab'), repr(re.sub('a', '\\\\', 'a')))
print(re.sub('a', r'\-', 'a'), re.sub('a', r'\0', 'a') == '\0', re.sub('a', r'\101', 'a'))
print(re.sub('x*', '-', 'abxd'), re.sub('x*', '-', ''), re.sub('', '-', 'abc'), re.sub('a|', '-', 'bab'))
print(re.sub(r'\b', '|', 'ab cd'), re.sub('(?=b)', '^', 'abab'), re.sub('$', '!', 'a\n'))
print(re.subn('a', 'b', 'aaa'), re.subn('a', 'b', 'aaa', 2), re.subn('a', 'b', 'aaa', count=1), re.subn('z', 'b', 'aaa'))
print(re.sub('a', 'b', 'aaa', -1), re.sub('(a)(b)?', r'[\2]', 'aab'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) + 1), 'v1.9.99'))
print(re.sub(r'(?P<n>\d)', lambda m: m['n'] * 2, 'a1b2'))
calls = []
def repl(m):
    calls.append((m.span(), m.group(), m.pos, m.endpos))
    return '#'
print(re.sub('b*', repl, 'abbc'), calls)
print(re.sub(b'a+', b'-', b'baaac'), re.sub(b'(a)', b'\\1\\1', b'cab'), re.subn(b'x', lambda m: b'Y', b'xax'))
p = re.compile('o')
print(p.sub('0', 'foo boo'), p.subn('0', 'foo boo', 1), p.sub(repl='O', string='oo', count=1))
for args in [('(a)', r'\2', 'a'), ('(a)', r'\g<2>', 'a'), ('(a)', r'\g<x>', 'a'), ('(a)', r'\g<', 'a'),
             ('(a)', r'\g', 'a'), ('(a)', r'\g<>', 'a'), ('(a)', r'\q', 'a'), ('(a)', '\\', 'a'),
             ('(a)', r'\g<1a>', 'a'), ('a', 1, 'a'), ('a', 'b', 1), ('a', lambda m: 1, 'a'),
             ('a', 'x', b'a'), (b'a', 'x', b'a'), (b'a', b'x', 'a'), ('(a)', r'x\400', 'a')]:
    try:
        print(re.sub(*args))
    except (re.error, IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(re.sub('a', lambda m: None, 'bab') if False else 'skip-none')
print(re.sub('(?i)b+', 'X', 'aBbBa'), re.sub('.', lambda m: m.group().upper(), 'héllo'))
s = 'x' * 10
print(re.sub('x', 'yy', s), re.sub('(x)(x)', r'\2\1-', s))
