def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f'cannot parse {s!r}') from e
try:
    parse('abc')
except RuntimeError as e:
    print(e, '| cause:', repr(e.__cause__), '| context:', repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError('during handling')
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('suppressed') from None
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    raise ValueError('x') from 42
except TypeError as e:
    print(e)
e = ValueError('manual')
e.__cause__ = KeyError('k')
print(repr(e.__cause__), e.__suppress_context__)
try:
    try:
        raise ValueError('first')
    finally:
        raise TypeError('second')
except TypeError as t:
    print(repr(t), repr(t.__context__))
