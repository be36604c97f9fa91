print('%s|%5s|%-5s|%.2s' % ('abc', 'abc', 'abc', 'abc'))
print('%d|%5d|%-5d|%05d|%+d|% d' % (42, 42, 42, 42, 42, 42))
print('%x|%X|%#x|%o|%#o|%e|%E|%g|%G' % (255, 255, 255, 8, 8, 12345.678, 0.00012, 1e-10, 1e20))
print('%f|%.1f|%10.3f|%-10.2f|%+.0f' % (3.14159, 3.14159, 3.14159, 3.14159, 2.5))
print('%(name)s is %(age)d years' % {'name': 'Ada', 'age': 36}, '%(x)r' % {'x': 'q'})
print('%c%c%c' % (80, 'y', 0x1F40D), '%%d' % (), '%s' % None, '%r' % b'x', '%a' % 'é')
print('%*d|%-*d|%.*f' % (6, 1, 6, 2, 2, 3.14159))
print('%s' % ((1, 2),), '%s %s' % (1, 2), '%s' % [1, 2], '%i' % 3.99, '%d' % True)
for bad in [lambda: '%d' % 'x', lambda: '%s %s' % 1, lambda: '%(k)s' % {}, lambda: '%z' % 1,
            lambda: '%s' % (1, 2), lambda: '%c' % 'ab', lambda: '%(a)s %s' % {'a': 1}]:
    try:
        bad()
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
