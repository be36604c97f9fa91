print('a,b,,c'.split(','), 'a b  c '.split(), '  lead trail  '.split(' '))
print('a,b,c,d'.split(',', 2), 'a,b,c,d'.rsplit(',', 2), ''.split(), ''.split(','))
print('one\ntwo\r\nthree\rfour\n'.splitlines(), 'x\ny\n'.splitlines(True), ''.splitlines())
print('a\x0bb\x0cc\x1cd\u2028e'.splitlines())
print('key=value=x'.partition('='), 'key=value=x'.rpartition('='), 'novalue'.partition('='), 'novalue'.rpartition('='))
print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join('xyz'), ' '.join(map(str, range(4))))
try:
    ','.join([1, 2])
except TypeError as e:
    print(e)
try:
    'a'.split('')
except ValueError as e:
    print(e)
print('  \t x y \n'.strip(), 'xxhixx'.strip('x'), 'abcba'.lstrip('ab'), 'abcba'.rstrip('ab'), '..x..'.rstrip('.'))
print('prefix_name'.removeprefix('prefix_'), 'name.py'.removesuffix('.py'), 'abc'.removeprefix('z'))
