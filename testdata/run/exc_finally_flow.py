def f(n):
    log = []
    for i in range(n):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            log.append(i)
        finally:
            log.append(f'f{i}')
    return log
print(f(5))
def g():
    try:
        raise ValueError('lost')
    finally:
        return 'finally swallowed the exception'
print(g())
def h():
    try:
        try:
            return 'inner'
        finally:
            print('inner finally')
    finally:
        print('outer finally')
print(h())
def nested_handlers():
    try:
        try:
            raise KeyError('a')
        except KeyError:
            raise IndexError('b')
        finally:
            print('finally after handler raised')
    except IndexError as e:
        return f'outer got {e!r} ctx={e.__context__!r}'
print(nested_handlers())
def reraise():
    try:
        raise ValueError('original')
    except ValueError:
        try:
            raise
        except ValueError as e:
            return f'reraised {e}'
print(reraise())
def exc_info_demo():
    import sys
    print(sys.exc_info())
    try:
        raise TypeError('now')
    except TypeError:
        t, v, tb = sys.exc_info()
        print(t.__name__, v, sys.exception() is v)
    print(sys.exc_info(), sys.exception())
exc_info_demo()
for i in range(3):
    try:
        pass
    finally:
        if i == 1:
            break
print('loop ended at', i)
