"""Prints what a module run as __main__ (by -m, or from a directory or a
zip file) knows about itself; the paths are printed relative to the
corpus directory, and the pyc path of __cached__ (which Kiln, writing no
bytecode, leaves None) is not printed."""
import os
import sys


def rel(path):
    if not isinstance(path, str):
        return path
    here = os.getcwd()
    if path == here:
        return "<cwd>"
    return path[len(here) + 1:] if path.startswith(here + "/") else path


def show(g):
    spec = g["__spec__"]
    print("__name__", g["__name__"])
    print("__package__", repr(g["__package__"]))
    print("__file__", rel(g["__file__"]))
    print("spec.name", spec.name)
    print("spec.parent", repr(spec.parent))
    print("spec.origin", rel(spec.origin))
    print("spec.has_location", spec.has_location)
    print("spec.submodule_search_locations", spec.submodule_search_locations)
    print("loader", type(spec.loader).__name__, g["__loader__"] is spec.loader)
    print("main is sys.modules['__main__']", sys.modules["__main__"].__dict__ is g)
    print("argv", [rel(a) for a in sys.argv])
    print("path[0]", rel(sys.path[0]))
    print("globals", [k for k in g if k.startswith("__")])
