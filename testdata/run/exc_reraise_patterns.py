def wrap_errors(fn):
    def w(*a):
        try:
            return fn(*a)
        except (KeyError, IndexError) as e:
            raise LookupError(f'{fn.__name__} failed: {e!r}') from e
    return w
@wrap_errors
def get(container, key):
    return container[key]
for c, k in [({'a': 1}, 'a'), ({}, 'b'), ([1], 5)]:
    try:
        print('ok', get(c, k))
    except LookupError as e:
        print(type(e).__name__, e, '<-', type(e.__cause__).__name__)
def retry(times):
    attempts = []
    for i in range(times):
        try:
            attempts.append(i)
            if i < 2:
                raise ConnectionError(f'attempt {i}')
            return attempts
        except ConnectionError as e:
            last = e
            continue
    raise RuntimeError('gave up') from last
print(retry(3))
try:
    retry(2)
except RuntimeError as e:
    print(e, 'cause:', e.__cause__)
def cleanup_order():
    steps = []
    try:
        try:
            steps.append('body')
            raise ValueError
        except ValueError:
            steps.append('handler')
            raise
        finally:
            steps.append('inner finally')
    except ValueError:
        steps.append('outer handler')
    finally:
        steps.append('outer finally')
    return steps
print(cleanup_order())
