words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', '']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print('a' * 3 == 'aaa', 'abc' != 'abd', 'abc' < 'abcd', 'b' > 'abc')
print(str(), str(123), str([1, 'a']), str(None), repr('x'))
print('abc'.__len__(), 'abc'.__contains__('b'), 'abc'.__getitem__(1), 'a'.__add__('b'))
s = 'x'
for i in range(5):
    s += str(i)
print(s)
print(isinstance('a', str), type('a') is str, str.__name__)
print(''.join(reversed('stressed')))
print('Mississippi'.count('ss'), 'Mississippi'.replace('ss', 'SS'), 'Mississippi'.split('s'))
print(ord('A'), chr(97), [ord(c) for c in 'AZaz09'])
