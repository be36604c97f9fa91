import sys

import cmd_dir_helper

print("__name__", __name__)
print("__package__", repr(__package__))
print("spec", __spec__.name, __spec__.parent == "", type(__loader__).__name__)
print("helper", cmd_dir_helper.twice(21), cmd_dir_helper.__name__)
print("argv[1:]", sys.argv[1:])
print("path[0] is the directory", sys.path[0].endswith("/cmd_dir"))
print("file", __file__.endswith("/cmd_dir/__main__.py"))
