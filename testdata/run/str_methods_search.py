s = 'the quick brown fox jumps over the lazy dog'
print(s.find('the'), s.find('the', 1), s.rfind('the'), s.find('cat'), s.find(''), s.find('', 100))
print(s.index('quick'), s.rindex('o'), s.count('o'), s.count('the'), s.count(''), 'aaaa'.count('aa'))
print(s.startswith('the'), s.startswith(('a', 'the')), s.endswith('dog'), s.endswith('dog', 0, 10))
print(s.startswith('quick', 4), 'abc'.endswith(''), 'abc'.startswith('abcd'))
print('quick' in s, 'cat' not in s, '' in s)
try:
    s.index('cat')
except ValueError as e:
    print(e)
try:
    s.rindex('cat')
except ValueError as e:
    print(e)
try:
    s.startswith(['a'])
except TypeError as e:
    print(e)
print('banana'.find('na', -3), 'banana'.rfind('na', 0, 4), 'banana'.count('a', 2))
