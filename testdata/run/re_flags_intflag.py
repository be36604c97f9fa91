# re.RegexFlag is an enum.IntFlag whose members are the module's globals:
# reprs, names, values, iteration, inversion, combining with ints, the
# pattern repr with flags, and the errors of bad flags.
import enum
import re

print(repr(re.I), re.I | re.M, str(re.I), re.I.name, re.I.value)
print(list(re.I | re.M), ~re.I, type(re.I), isinstance(re.I, int))
print(isinstance(re.I, enum.IntFlag), issubclass(re.RegexFlag, enum.Flag))
print(re.compile('a', re.I | re.X))
print(re.compile(b'a', re.I | re.M | re.S))
print(re.compile('a', re.A | re.DEBUG & 0))
print(repr(re.NOFLAG), str(re.NOFLAG), re.NOFLAG.name, re.NOFLAG.value, bool(re.NOFLAG))
print(repr(re.RegexFlag(1024)), repr(re.I | 1024), repr(~(re.I | re.M)))
print(re.RegexFlag, list(re.RegexFlag), len(re.RegexFlag))
print(re.I + 1, re.I * 2, format(re.I), f'{re.I:x}', f'{re.I:>5}', '%d %s %r' % (re.I, re.I, re.I))
print(list(re.RegexFlag.__members__))
print(re.A in (re.A | re.I), re.RegexFlag['IGNORECASE'], re.RegexFlag(2), hash(re.I) == hash(2))
print((re.I | re.M).name, re.RegexFlag(0).name, repr(re.RegexFlag(0)))
print(re.I.__class__.__mro__)
print(re.I & re.M, repr(re.I & re.M), re.I ^ re.I, repr(re.RegexFlag(-1)), re.I | re.I)
print(repr(re.T), re.TEMPLATE, re.U | re.I, re.RegexFlag(3), re.RegexFlag(3).name)
print((~re.I).value, re.RegexFlag(-1).value, (~re.NOFLAG).value, ~re.NOFLAG)
print(re.I is re.IGNORECASE, re.RegexFlag(2) is re.I, (re.I | re.M) is (re.I | re.M))
print(re.compile('a', re.I).flags, type(re.compile('a', re.I).flags))
print(len(re.I | re.M | re.S), re.I in (re.I | re.M), re.S in (re.I | re.M))
print(re.RegexFlag.__module__, re.RegexFlag.__qualname__, re.RegexFlag.__name__)
print(2 | re.I, type(2 | re.I), 0 | re.M, re.M & 8, type(re.M + 0))
print(sorted([re.M, re.I, re.S]), max(re.I, re.M), re.I == 2, re.I < re.M)
print(re.search('A', 'xa', re.I | re.M), re.search('A', 'xa', 2))
print(re.findall('^a', 'a\na', re.M), re.sub('A', '-', 'aAa', flags=re.I))
print(re.compile('(?i)a'), re.compile('(?i)a').flags == re.I | re.U)
print(re.RegexFlag._member_names_)

try:
    re.RegexFlag['NOPE']
except KeyError as e:
    print('KeyError', e)
try:
    re.I.value = 3
except AttributeError as e:
    print('AttributeError', e)
try:
    re.RegexFlag.I = 4
except AttributeError as e:
    print('AttributeError', e)
try:
    re.compile('a', 'i')
except TypeError as e:
    print('TypeError', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile('a', re.L)
except ValueError as e:
    print('ValueError', e)
try:
    re.I | 'x'
except TypeError as e:
    print('TypeError', e)
try:
    re.RegexFlag('x')
except ValueError as e:
    print('ValueError', e)
