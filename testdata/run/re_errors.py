# re: re.error messages, positions, lineno/colno for bad patterns.
import re

bad = ['(', ')', 'a)', '(a', '((a)', '*', '+a', 'a**', 'a*+*', 'a{2}{3}', '?', '[a', '[', '[^', '[a-',
       r'\q', r'\\\q', 'a\\', r'[\q]', r'[z-a]', r'[a-\d]', r'[\d-z]', r'\x4', r'\xg', r'\u12', r'\U0011000',
       r'\777', r'[\777]', r'\8', r'[\8]', '(?P<1>a)', '(?P<a-b>x)', '(?P<>x)', '(?P<a', '(?P<a>x)(?P<a>y)',
       '(?P=b)', '(?P<a>(?P=a))', '(a)\\2', '(a\\1)', '(?<=a+)b', '(?<!a|bc)d', '(?<=a*)', '(?Px)', '(?',
       '(?z)', '(?<x)', '(?#abc', 'a{3,1}', 'a{99999999999}', '(?i', '(?i-)', '(?-i)', '(?i-z:a)', '(?iz)',
       'a(?i)b', '(?u)', '(?L)a', '(?ai)a', '(?-a:x)', '(?x-x:a)', '(?(1)a|b)', '(?(x)a)', '(?(1a)a)',
       '(?(0)a)', '(a)(?(1)b|c|d)', '(?(2)a)(b)', 'ab\n(cd', 'ab\n\ncd)', r'\N', r'\N{', r'\N{NOPE}',
       '(?<=(a))\\1', '(?<=(a)\\1)b', 'x{2,1}?', '(?:', '[]', '[]]x(', 'a|*']
for p in bad:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '->', e, '|', repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == p)
    except (OverflowError, ValueError) as e:
        print(repr(p), '->', type(e).__name__, e)
for p in [b'\\u1234', b'(?u)x', b'(?P<\xe9>x)', b'[z-a]', b'(', b'\\q']:
    try:
        re.compile(p)
    except re.error as e:
        print(repr(p), '->', e, '|', e.pos, e.pattern)
e = re.error('msg')
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, type(e).__name__, type(e).__module__)
e = re.error('msg', 'ab\ncd', 4)
print(e, e.lineno, e.colno, issubclass(re.error, Exception), re.error.__mro__[1].__name__)
try:
    re.compile('(?P<n>a)(?P<n>b)')
except re.error as e:
    print(e, e.pos)
for p in (bytearray(b'a'), [1], 1.5):
    try:
        re.compile(p)
    except TypeError as e:
        print('TypeError', e)
