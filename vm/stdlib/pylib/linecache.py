"""Read lines of source files, keeping each file's lines once read.

A relative file name that is not found is looked for along sys.path.
"""

# Kiln's linecache: source lines read once per file and kept until
# checkcache() sees the file change. Entries are (size, mtime, lines,
# fullname) as in CPython, with mtime None for lines registered by hand
# (lazycache, or a tool writing to cache directly).

import os
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname), or a 1-tuple (get_lines,)
# for a lazy entry.
cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Return line lineno of filename ('' if there is no such line)."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Return the lines of filename, reading the file if needed."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Forget the lines of files (all, or filename) changed on disk."""
    names = list(cache) if filename is None else [filename]
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue
        size, mtime, _, fullname = entry
        if mtime is None:
            continue  # registered by hand: nothing on disk to compare
        try:
            st = os.stat(fullname)
        except OSError:
            cache.pop(name, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def updatecache(filename, module_globals=None):
    """Read filename's lines again and return them ([] if unreadable)."""
    entry = cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    if entry is not None and len(entry) == 1:
        # A lazy entry: ask the loader that registered it.
        lines = _lazy_lines(filename, entry[0])
        if lines is not None:
            return lines
    fullname = filename
    try:
        st = os.stat(fullname)
    except OSError:
        st = None
        if lazycache(filename, module_globals):
            lines = _lazy_lines(filename, cache[filename][0])
            if lines is not None:
                return lines
        if os.path.isabs(filename):
            return []
        # A relative name: look for it along sys.path.
        for dirname in sys.path:
            try:
                fullname = os.path.join(dirname, filename)
            except (TypeError, AttributeError):
                continue
            try:
                st = os.stat(fullname)
                break
            except OSError:
                pass
        else:
            return []
    try:
        with open(fullname, encoding='utf-8', errors='replace') as fp:
            lines = fp.readlines()
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = st.st_size, st.st_mtime, lines, fullname
    return lines


def _lazy_lines(filename, get_lines):
    try:
        data = get_lines()
    except (ImportError, OSError):
        return None
    if data is None:
        return None
    lines = [line + '\n' for line in data.splitlines()]
    cache[filename] = len(data), None, lines, filename
    return lines


def lazycache(filename, module_globals):
    """Register filename for reading through the loader in module_globals
    when its lines are first needed. Return True if it is registered so."""
    if filename in cache:
        return len(cache[filename]) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if not module_globals:
        return False
    name = module_globals.get('__name__')
    spec = module_globals.get('__spec__')
    loader = getattr(spec, 'loader', None) or module_globals.get('__loader__')
    get_source = getattr(loader, 'get_source', None)
    if name is None or get_source is None:
        return False
    cache[filename] = (lambda: get_source(name),)
    return True
