# The standard library's modules written in Python have a __file__ under
# sys._stdlib_dir (Kiln's are embedded, so it names where CPython keeps the
# source); C modules have none.
import os
import sys
import abc, bisect, collections, contextlib, copy, copyreg, dataclasses, enum
import functools, heapq, io, json, keyword, linecache, operator, pprint
import random, re, socket, string, struct, textwrap, traceback, types
import typing, warnings, weakref, __future__, _collections_abc
import itertools, gc, time, atexit, errno

print(sys._stdlib_dir == os.path.join(sys.prefix, "lib", "python3.12"))
for m in (abc, bisect, collections, contextlib, copy, copyreg, dataclasses, enum,
          functools, heapq, io, json, keyword, linecache, operator, os, os.path, pprint,
          random, re, socket, string, struct, textwrap, traceback, types,
          typing, warnings, weakref, __future__, _collections_abc):
    f = m.__file__
    print(m.__name__, os.path.relpath(f, sys._stdlib_dir), os.path.isabs(f),
          os.path.dirname(f) == sys._stdlib_dir or os.path.dirname(os.path.dirname(f)) == sys._stdlib_dir)
for m in (sys, itertools, gc, time, atexit, errno):
    print(m.__name__, hasattr(m, "__file__"))
here = os.path.dirname(json.__file__)
print(os.path.basename(here), os.path.join(here, "decoder.py").endswith("json/decoder.py"))
try:
    from collections import no_such_name
except ImportError as e:
    print(type(e).__name__, e.name, os.path.relpath(e.path, sys._stdlib_dir))
