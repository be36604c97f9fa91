d = {1: 1}
try:
    for k in d:
        d[k + 1] = 1
except RuntimeError as e:
    print('RuntimeError', e)
s = {1}
try:
    for v in s:
        s.add(v + 1)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    raise NotImplementedError('subclass must implement')
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    raise NotImplementedError
except NotImplementedError as e:
    print(repr(e))
try:
    raise
except RuntimeError as e:
    print(e)
try:
    next(iter(()))
except StopIteration as e:
    print('StopIteration', repr(e))
try:
    raise EOFError('no more input')
except EOFError as e:
    print(e)
try:
    raise SystemError('weird')
except SystemError as e:
    print(e)
try:
    raise OSError(2, 'No such file or directory', 'x.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e, e.errno, e.strerror, e.filename)
print(repr(OSError(13, 'denied')), type(OSError(13, 'denied')).__name__, type(OSError(17, 'x')).__name__)
print(str(OSError('just a message')), OSError(1, 'two', 'f', None, 'g').filename2)
raise NotImplementedError("abstract method")
