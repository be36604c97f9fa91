# sys.builtin_module_names: a tuple of strs sorted by name, builtins and
# sys among them, each a module that imports without a file.
import sys

names = sys.builtin_module_names
print(type(names).__name__, all(type(n) is str for n in names))
print(list(names) == sorted(names), len(set(names)) == len(names))
print('builtins' in names, 'sys' in names, 'gc' in names, 'time' in names)
for name in ('builtins', 'sys', 'gc', 'time', 'errno'):
    m = __import__(name)
    print(name, name in names, getattr(m, '__file__', None))
