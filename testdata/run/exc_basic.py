def risky(kind):
    if kind == 'value':
        raise ValueError('bad value')
    if kind == 'key':
        return {}['missing']
    if kind == 'zero':
        return 1 / 0
    if kind == 'type':
        return 'a' + 1
    return 'fine'
for k in ['value', 'key', 'zero', 'type', 'none']:
    try:
        r = risky(k)
    except (ValueError, KeyError) as e:
        print('group 1:', type(e).__name__, e)
    except ZeroDivisionError:
        print('zero division')
    except Exception as e:
        print('generic:', type(e).__name__, e)
    else:
        print('else:', r)
    finally:
        print('finally for', k)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == '')
try:
    try:
        raise TypeError('inner')
    finally:
        print('inner finally')
except TypeError as e:
    print('outer caught', e)
e = 'still bound?'
try:
    raise KeyError('x')
except KeyError as e:
    pass
try:
    print(e)
except NameError as ne:
    print('NameError:', ne)
