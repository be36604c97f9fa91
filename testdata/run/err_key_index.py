d = {'a': 1}
for c in [lambda: d['b'], lambda: d[('t', 1)], lambda: d[0], lambda: {}.pop('x'), lambda: {}.popitem(),
          lambda: set().pop(), lambda: {1}.remove(2), lambda: d[''], lambda: d[None]]:
    try:
        c()
    except KeyError as e:
        print('KeyError', e, repr(e), e.args)
for c in [lambda: [][0], lambda: [1][-2], lambda: ()[0], lambda: 'x'[1], lambda: range(2)[2], lambda: [].pop(),
          lambda: [1].pop(3), lambda: b''[0], lambda: bytearray()[0], lambda: [1].insert(0, 1) or [][5],
          lambda: memoryview(b'')[0]]:
    try:
        c()
    except IndexError as e:
        print('IndexError', e)
print({'k': 'v'}['missing_key'])
