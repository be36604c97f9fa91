cases = ['a, b = [1]', 'a, b = [1, 2, 3]', 'a, b, c = "ab"', 'a, *b, c = (1,)', 'a, b = 1',
         'a, b = None', '[a] = []', '(a, b), c = (1, 2), 3', 'a, b = {1: 2}', 'a, b = range(5)',
         'a, *b = []', 'x, y = (i for i in range(3))']
for src in cases:
    try:
        exec(src, {})
        print(f'{src:<24} ok')
    except (ValueError, TypeError) as e:
        print(f'{src:<24} {type(e).__name__}: {e}')
def gen():
    yield 1
    yield 2
    yield 3
first, second = gen()
