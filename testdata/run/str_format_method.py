print('{} {}'.format('a', 'b'), '{1} {0}'.format('a', 'b'), '{x}-{y}'.format(x=1, y=2))
print('{0[0]} {0[1]}'.format(['p', 'q']), '{d[key]}'.format(d={'key': 'v'}), '{0.real}'.format(3 + 4j))
print('{:>8}|{:<8}|{:^8}|'.format('r', 'l', 'c'), '{:*^9}'.format('mid'))
print('{!r} {!s} {!a}'.format('q', 'q', 'é'))
print('{{literal}} {}'.format(5))
print('{:{w}.{p}f}'.format(3.14159, w=10, p=2))
print('{0:b} {0:o} {0:x} {0:,}'.format(1000000))
print(format('abc', '>5'), format('abc', '.2'), '{:.1}'.format('xyz'))
print('%s and %r' % ('str', 'str'), '%(a)s %(b)d' % {'a': 'x', 'b': 2}, '%5s|%-5s|' % ('ab', 'cd'), '%%')
print('%.3s' % 'abcdef', '%*d' % (5, 42), '%s' % [1, 2], '%s' % (1,))
class P:
    def __format__(self, spec):
        return f'P<{spec}>'
print('{:hello}'.format(P()), f'{P():xyz}', format(P(), ''))
for bad in ['{', '}', '{0} {}', '{:d}']:
    try:
        print(bad.format('s'))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
try:
    '{2}'.format(1)
except IndexError as e:
    print(e)
try:
    '{k}'.format()
except KeyError as e:
    print('KeyError', e)
try:
    '%d' % 'x'
except TypeError as e:
    print(e)
try:
    '%s %s' % (1,)
except TypeError as e:
    print(e)
try:
    '%s' % (1, 2)
except TypeError as e:
    print(e)
print('{:,}'.format(1234.5), '{:=+10.2f}'.format(-3.5))
