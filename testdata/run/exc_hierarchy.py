names = ['BaseException', 'Exception', 'ArithmeticError', 'ZeroDivisionError', 'OverflowError',
         'LookupError', 'KeyError', 'IndexError', 'OSError', 'FileNotFoundError', 'PermissionError',
         'RuntimeError', 'RecursionError', 'NotImplementedError', 'NameError', 'UnboundLocalError',
         'ValueError', 'UnicodeDecodeError', 'TypeError', 'AttributeError', 'StopIteration',
         'KeyboardInterrupt', 'SystemExit', 'GeneratorExit', 'ImportError', 'ModuleNotFoundError',
         'SyntaxError', 'IndentationError', 'TabError', 'AssertionError', 'EOFError', 'MemoryError',
         'Warning', 'DeprecationWarning', 'UserWarning', 'TimeoutError', 'ConnectionResetError',
         'StopAsyncIteration', 'BufferError', 'FloatingPointError', 'ReferenceError', 'ExceptionGroup',
         'BaseExceptionGroup', 'IsADirectoryError', 'NotADirectoryError', 'FileExistsError', 'InterruptedError',
         'ChildProcessError', 'ProcessLookupError', 'BlockingIOError', 'BrokenPipeError', 'SystemError',
         'UnicodeError', 'UnicodeEncodeError', 'UnicodeTranslateError', 'EncodingWarning', 'ResourceWarning']
import builtins
for n in names:
    cls = getattr(builtins, n)
    print(n, '->', ' > '.join(c.__name__ for c in cls.__mro__[1:]))
print(EnvironmentError is OSError, IOError is OSError)
