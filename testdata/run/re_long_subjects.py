# re: long subjects: repeats of groups over hundreds of thousands of iterations, big sub/split/findall.
import re

for n in (1000, 300000):
    print(n, re.fullmatch('(?:ab)*', 'ab' * n) is not None, re.fullmatch('(?:ab)*?c', 'ab' * n + 'c') is not None)
    t = '"' + 'x\\"' * n + '"'
    print(n, re.match(r'"(?:[^"\\]|\\.)*"', t).end(), re.match(r'"(?:[^"\\]|\\.)*?"', t).end())
    print(n, re.fullmatch('(?:(?:a|b)c)*', 'ac' * n) is not None, re.fullmatch('(?:ab)*a', 'ab' * n + 'a') is not None)
m = re.fullmatch('(a|b)*', 'ab' * 50000)
print(m.span(), m.group(1), m.lastindex)
m = re.match(r'(?:(\d+),)*', '1,22,333,' * 20000)
print(m.end(), m.group(1))
big = 'word ' * 200000
print(len(re.findall(r'\w+', big)), len(re.split(r'\s+', big)), len(re.sub(r'o', '0', big)), re.subn(r'(w)(o)', r'\2\1', big)[1])
print(re.search(r'x$', 'a' * 500000 + 'x').span(), re.search(r'(?<=a{3})b', 'a' * 100000 + 'b').span())
print(re.match(r'(?:a|b)+?c', 'ab' * 100000 + 'c').end(), re.match(r'(?:ab){2,5}', 'ab' * 10).group())
print(re.match(r'(?:ab|a)*c', 'ab' * 1000 + 'c').end(), re.match(r'(?:a|ab)*c', 'ab' * 1000 + 'c').end())
