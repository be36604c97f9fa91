eg = ExceptionGroup('many', [ValueError('v1'), TypeError('t1'), ValueError('v2')])
print(repr(eg), str(eg), len(eg.exceptions), eg.message)
try:
    raise eg
except* ValueError as g:
    print('ValueErrors:', [str(x) for x in g.exceptions])
except* TypeError as g:
    print('TypeErrors:', [str(x) for x in g.exceptions])
match_, rest = eg.split(ValueError)
print(repr(match_), repr(rest))
print(repr(eg.subgroup(lambda e: 'v2' in str(e))))
try:
    try:
        raise ExceptionGroup('outer', [KeyError('k'), ExceptionGroup('inner', [ZeroDivisionError('z')])])
    except* KeyError:
        print('handled KeyError')
except ExceptionGroup as left:
    print('left over:', repr(left))
beg = BaseExceptionGroup('b', [KeyboardInterrupt()])
print(type(beg).__name__, type(BaseExceptionGroup('e', [ValueError()])).__name__)
try:
    ExceptionGroup('empty', [])
except ValueError as e:
    print(e)
try:
    raise ValueError('naked')
except* ValueError as g:
    print(repr(g))
