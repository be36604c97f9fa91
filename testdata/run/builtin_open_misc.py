print(isinstance(open, type(print)), callable(open))
print(__import__('math').sqrt(16), __import__('os.path').__name__, __import__('os.path', fromlist=['join']).__name__)
print(format(3.5, '08.3f'), format('s', '^5'), format(10, 'b'))
print(repr(...), repr(NotImplemented), type(NotImplemented).__name__)
print(type(__builtins__).__name__ in ('module', 'dict'))
import builtins
site_added = {'copyright', 'credits', 'exit', 'help', 'license', 'quit'}
names = [n for n in dir(builtins) if not n.startswith('_') and n[0].islower() and n not in site_added]
print(names)
