print(repr('abc'.center(9)), repr('abc'.center(8, '*')), repr('abc'.ljust(6, '.')), repr('abc'.rjust(6)))
print('42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4), 'abc'.zfill(2), ''.zfill(3))
print(repr('a\tb\tc'.expandtabs()), repr('a\tbc\td'.expandtabs(4)), repr('\t'.expandtabs(0)))
print('hello'.replace('l', 'L'), 'hello'.replace('l', 'L', 1), 'aaa'.replace('', '-'), 'abc'.replace('x', 'y'))
t = str.maketrans('abc', 'xyz', 'd')
print('abcd-abcd'.translate(t), sorted(t.items()))
print('hello'.translate({ord('l'): None, ord('o'): '0'}))
print(str.maketrans({'a': '1'}))
try:
    'x'.center(5, 'ab')
except TypeError as e:
    print(e)
