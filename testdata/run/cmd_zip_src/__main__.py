import sys

import zhelper
from zpkg import util

print("__name__", __name__, repr(__package__))
print("spec", __spec__.name, type(__loader__).__name__)
print("file", __file__.endswith("/cmd_app.zip/__main__.py"))
print("path[0] is the archive", sys.path[0].endswith("/cmd_app.zip"))
print("argv[1:]", sys.argv[1:])
print("helper", zhelper.NAME, zhelper.__file__.endswith("cmd_app.zip/zhelper.py"))
print("package", util.__package__, util.__spec__.name, type(util.__loader__).__name__)
print("package path", [p.endswith("cmd_app.zip/zpkg") for p in sys.modules["zpkg"].__path__])
print("triple", util.triple(14))
util.fail("from inside the archive")
