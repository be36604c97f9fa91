# Setting or deleting an attribute of a type defined in C (in Kiln: in Go)
# names the type by its tp_name, qualified by its module.
import collections, itertools, re, types

for t in (int, str, list, collections.deque, itertools.chain, re.Pattern,
          types.SimpleNamespace, type(len), type(lambda: 0)):
    try:
        t.x = 1
    except TypeError as e:
        print(e)
    try:
        del t.__name__
    except TypeError as e:
        print(e)
