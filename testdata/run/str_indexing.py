s = 'Python3.12'
print(s[0], s[-1], s[2:5], s[:3], s[3:], s[::-1], s[::2], s[1::3], s[-4:-1], s[100:], s[-100:2])
print(s[5:2], s[5:2:-1], len(s), s[len(s) - 1])
try:
    s[20]
except IndexError as e:
    print(e)
try:
    s[0] = 'p'
except TypeError as e:
    print(e)
try:
    s['a']
except TypeError as e:
    print(e)
for i, ch in enumerate('héllo'):
    print(i, ch, ord(ch))
print(list('abc'), tuple('ab'), 'ab' * 3, 3 * 'x', 'a' + 'b', 'ab' * 0, 'ab' * -1)
print(min('hello'), max('hello'), sorted('hello'), 'l' in 'hello')
print(chr(9731), ord('€'), chr(0x1F40D).encode('utf-8'))
