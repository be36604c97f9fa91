# re: split (groups, maxsplit, empty matches), findall and finditer.
import re

print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1), re.split(r'\W+', 'Words, words, words.', maxsplit=2))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE), re.split(r'(\W+)', '...words, words...'))
print(re.split(r'\b', 'Words, words, words.'), re.split(r'\W*', '...words...'), re.split(r'(\W*)', '...words...'))
print(re.split('x*', 'axbc'), re.split('', 'abc'), re.split('(a)|(b)', 'xaybz'), re.split('a', ''), re.split('', ''))
print(re.split('a', 'bab', -1), re.split('(?=b)', 'abab'), re.split(b',', b'a,b'))
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\d)(\w)', 'a1b22c333'), re.findall(r'(\d)\w', 'a1b22c333'))
print(re.findall('', 'ab'), re.findall('a*', 'baaac'), re.findall('(a)|b', 'ab'), re.findall(r'(a)(b)?', 'aab'))
print(re.findall(b'\\w+', b'hi there'), re.findall('(?i)A', 'aAa'))
print(re.compile(r'\w').findall('abcdef', 2, 4), re.compile(r'\w').findall('abc', pos=1))
for m in re.finditer(r'(\w)(\d)?', 'a1 b c3'):
    print(m, m.groups(), m.span(1))
it = re.finditer('x*', 'axb')
print(type(it).__name__, [m.span() for m in it], list(it))
print([m.span() for m in re.compile('a').finditer('aaaa', 1, 3)])
print([m.group() for m in re.finditer(r'\b\w', 'hello big world')])
