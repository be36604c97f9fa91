"""Pretty-print Python data structures.

pprint(object) prints object's repr, broken over lines and indented when
it does not fit the width; pformat(object) returns that text. PrettyPrinter
holds the settings (indent, width, depth, compact, sort_dicts,
underscore_numbers). saferepr, isreadable and isrecursive inspect a repr
without breaking it.
"""

# How it works: _format writes an object's one-line repr when it fits in
# the space left on the line; otherwise, if the object's type has a
# layout here (found by its __repr__, so that subclasses that change
# __repr__ keep it), that layout writes it over several lines, formatting
# each item again with the space left after it ("allowance": the closing
# brackets and commas that must follow on the item's last line).

import collections as _collections
import sys as _sys
import types as _types

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print object to stream (sys.stdout by default)."""
    printer = PrettyPrinter(stream=stream, indent=indent, width=width,
                            depth=depth, compact=compact, sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """Return the pretty-printed text of object."""
    return PrettyPrinter(indent=indent, width=width, depth=depth,
                         compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Pretty-print object, keeping dicts in insertion order."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """The repr of object, with recursive structures shown safely."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Whether object's repr can be read back by eval()."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _SafeKey:
    """A sort key that orders values of different types too: by type
    name and id when they cannot be compared."""

    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj)) <
                    (str(type(other.obj)), id(other.obj)))


def _safe_item_key(item):
    return _SafeKey(item[0]), _SafeKey(item[1])


def _is_dataclass_with_generated_repr(object):
    # An instance (not the class) of a dataclass whose __repr__ is the one
    # dataclasses generated: pprint lays its fields out like a namespace.
    cls = type(object)
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or isinstance(object, type) or not params.repr:
        return False
    wrapped = getattr(cls.__repr__, "__wrapped__", None)
    return wrapped is not None and "__create_fn__" in wrapped.__qualname__


def _dataclass_field_marker():
    import dataclasses
    return dataclasses._FIELD


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


# Types whose repr is always readable and never recursive.
_scalars = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        """Hold the settings of pretty-printing.

        indent: spaces added per nesting level; width: the line width to
        fit; depth: levels shown before "..."; stream: where pprint()
        writes (sys.stdout by default); compact: fill lines with as many
        sequence items as fit; sort_dicts: sort dict items by key;
        underscore_numbers: write ints with _ between thousands.
        """
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        parts = []
        self._format(object, _Collector(parts), 0, 0, {}, 0)
        return "".join(parts)

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """Return (repr, readable, recursive) for object, with context the
        ids of the containers being formatted around it. Subclasses
        override this to change how objects are shown."""
        return self._safe_repr(object, context, maxlevels, level)

    # -- the one-line repr -------------------------------------------

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(),
                                                self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _safe_repr(self, object, context, maxlevels, level):
        typ = type(object)
        if typ in _scalars:
            return repr(object), True, False
        r = getattr(typ, "__repr__", None)
        if issubclass(typ, int) and r is int.__repr__:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        if issubclass(typ, dict) and r is dict.__repr__:
            if not object:
                return "{}", True, False
            items = object.items()
            if self._sort_dicts:
                items = sorted(items, key=_safe_item_key)
            return self._safe_container(
                object, "{%s}", items, context, maxlevels, level,
                lambda item, lvl: self._safe_pair(item, context, maxlevels, lvl))
        is_list = issubclass(typ, list) and r is list.__repr__
        if is_list or (issubclass(typ, tuple) and r is tuple.__repr__):
            if not object:
                return ("[]" if is_list else "()"), True, False
            template = "[%s]" if is_list else ("(%s,)" if len(object) == 1 else "(%s)")
            return self._safe_container(
                object, template, object, context, maxlevels, level,
                lambda item, lvl: self.format(item, context, maxlevels, lvl))
        rep = repr(object)
        return rep, bool(rep and not rep.startswith('<')), False

    def _safe_container(self, object, template, items, context, maxlevels,
                        level, format_item):
        """The one-line repr of a dict, list or tuple: template filled with
        its formatted items."""
        objid = id(object)
        if maxlevels and level >= maxlevels:
            return template % "...", False, objid in context
        if objid in context:
            return _recursion(object), False, True
        context[objid] = 1
        readable, recursive = True, False
        parts = []
        for item in items:
            text, item_readable, item_recursive = format_item(item, level + 1)
            parts.append(text)
            readable = readable and item_readable
            recursive = recursive or item_recursive
        del context[objid]
        return template % ", ".join(parts), readable, recursive

    def _safe_pair(self, item, context, maxlevels, level):
        key, value = item
        krepr, kreadable, krecursive = self.format(key, context, maxlevels, level)
        vrepr, vreadable, vrecursive = self.format(value, context, maxlevels, level)
        return ("%s: %s" % (krepr, vrepr), kreadable and vreadable,
                krecursive or vrecursive)

    # -- layout over several lines ------------------------------------

    def _format(self, object, stream, indent, allowance, context, level):
        objid = id(object)
        if objid in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        if len(rep) > self._width - indent - allowance:
            layout = self._layouts.get(type(object).__repr__)
            if layout is not None:
                context[objid] = 1
                layout(self, object, stream, indent, allowance, context, level + 1)
                del context[objid]
                return
            if _is_dataclass_with_generated_repr(object):
                context[objid] = 1
                self._pprint_dataclass(object, stream, indent, allowance, context, level + 1)
                del context[objid]
                return
        stream.write(rep)

    _layouts = {}

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        if len(object):
            items = object.items()
            if self._sort_dicts:
                items = sorted(items, key=_safe_item_key)
            self._format_dict_items(items, stream, indent, allowance + 1,
                                    context, level)
        stream.write('}')

    _layouts[dict.__repr__] = _pprint_dict

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1,
                     allowance + 1, context, level)
        stream.write(')')

    _layouts[_collections.OrderedDict.__repr__] = _pprint_ordered_dict

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    _layouts[list.__repr__] = _pprint_list

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write('(')
        close = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(close),
                           context, level)
        stream.write(close)

    _layouts[tuple.__repr__] = _pprint_tuple

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        typ = object.__class__
        if typ is set:
            stream.write('{')
            close = '}'
        else:
            stream.write(typ.__name__ + '({')
            close = '})'
            indent += len(typ.__name__) + 1
        items = sorted(object, key=_SafeKey)
        self._format_items(items, stream, indent, allowance + len(close),
                           context, level)
        stream.write(close)

    _layouts[set.__repr__] = _pprint_set
    _layouts[frozenset.__repr__] = _pprint_set

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        # A top-level string is wrapped in parentheses, which take a
        # column on each side.
        if level == 1:
            indent += 1
            allowance += 1
        chunks = []
        lines = object.splitlines(True)
        width = self._width - indent
        for i, line in enumerate(lines):
            last_line = i == len(lines) - 1
            rep = repr(line)
            if len(rep) <= (width - allowance if last_line else width):
                chunks.append(rep)
                continue
            # Break the line after runs of whitespace, packing as many
            # words into each chunk as fit.
            words = _split_after_spaces(line)
            current = ''
            for j, word in enumerate(words):
                limit = width - allowance if (last_line and j == len(words) - 1) else width
                candidate = current + word
                if len(repr(candidate)) > limit:
                    if current:
                        chunks.append(repr(current))
                    current = word
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            stream.write(rep)
            return
        if level == 1:
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(chunks))
        if level == 1:
            stream.write(')')

    _layouts[str.__repr__] = _pprint_str

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            stream.write('(')
        chunks = _wrap_bytes_repr(object, self._width - indent, allowance)
        stream.write(('\n' + ' ' * indent).join(chunks))
        if parens:
            stream.write(')')

    _layouts[bytes.__repr__] = _pprint_bytes

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + 10,
                           allowance + 1, context, level + 1)
        stream.write(')')

    _layouts[bytearray.__repr__] = _pprint_bytearray

    def _pprint_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write('mappingproxy(')
        self._format(object.copy(), stream, indent + 13, allowance + 1,
                     context, level)
        stream.write(')')

    _layouts[_types.MappingProxyType.__repr__] = _pprint_mappingproxy

    def _pprint_simplenamespace(self, object, stream, indent, allowance, context, level):
        if type(object) is _types.SimpleNamespace:
            # The repr of SimpleNamespace calls itself "namespace".
            name = 'namespace'
        else:
            name = object.__class__.__name__
        indent += len(name) + 1
        stream.write(name + '(')
        self._format_namespace_items(list(object.__dict__.items()), stream,
                                     indent, allowance, context, level)
        stream.write(')')

    _layouts[_types.SimpleNamespace.__repr__] = _pprint_simplenamespace

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        name = object.__class__.__name__
        indent += len(name) + 1
        fields = object.__dataclass_fields__.values()
        items = [(f.name, getattr(object, f.name)) for f in fields
                 if f.repr and f._field_type is _dataclass_field_marker()]
        stream.write(name + '(')
        self._format_namespace_items(items, stream, indent, allowance,
                                     context, level)
        stream.write(')')

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        # key=value pairs, one a line, as SimpleNamespace and dataclass
        # reprs show them; an item already being printed shows as "...",
        # as those reprs show recursion.
        for i, (key, value) in enumerate(items):
            last = i == len(items) - 1
            stream.write(key + '=')
            if id(value) in context:
                stream.write("...")
            else:
                self._format(value, stream, indent + len(key) + 1,
                             allowance if last else 1, context, level)
            if not last:
                stream.write(',\n' + ' ' * indent)

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        items = list(items)
        for i, (key, value) in enumerate(items):
            last = i == len(items) - 1
            rep = self._repr(key, context, level)
            stream.write(rep + ': ')
            self._format(value, stream, indent + len(rep) + 2,
                         allowance if last else 1, context, level)
            if not last:
                stream.write(',\n' + ' ' * indent)

    def _format_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        newline = ',\n' + ' ' * indent
        items = list(items)
        full_width = self._width - indent + 1
        room = full_width
        sep = ''
        for i, item in enumerate(items):
            last = i == len(items) - 1
            if last:
                full_width -= allowance
                room -= allowance
            if self._compact:
                rep = self._repr(item, context, level)
                needed = len(rep) + 2
                if room < needed:
                    # Start a new line (the first item stays on this one).
                    room = full_width
                    if sep:
                        sep = newline
                if room >= needed:
                    room -= needed
                    stream.write(sep + rep)
                    sep = ', '
                    continue
            stream.write(sep)
            sep = newline
            self._format(item, stream, indent, allowance if last else 1,
                         context, level)

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    _layouts[_collections.defaultdict.__repr__] = _pprint_default_dict

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '({')
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        self._format_dict_items(object.most_common(), stream,
                                indent + len(name) + 1, allowance + 2,
                                context, level)
        stream.write('})')

    _layouts[_collections.Counter.__repr__] = _pprint_counter

    def _pprint_chain_map(self, object, stream, indent, allowance, context, level):
        maps = object.maps
        if not len(maps) or (len(maps) == 1 and not len(maps[0])):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        indent += len(name) + 1
        for i, m in enumerate(maps):
            if i == len(maps) - 1:
                self._format(m, stream, indent, allowance + 1, context, level)
                stream.write(')')
            else:
                self._format(m, stream, indent, 1, context, level)
                stream.write(',\n' + ' ' * indent)

    _layouts[_collections.ChainMap.__repr__] = _pprint_chain_map

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        indent += len(name) + 1
        stream.write('[')
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
        else:
            self._format_items(object, stream, indent, 2, context, level)
            maxlen = self._repr(object.maxlen, context, level)
            stream.write('],\n%smaxlen=%s)' % (' ' * indent, maxlen))

    _layouts[_collections.deque.__repr__] = _pprint_deque

    def _pprint_user_data(self, object, stream, indent, allowance, context, level):
        # UserDict, UserList and UserString print as their data.
        self._format(object.data, stream, indent, allowance, context, level - 1)

    _layouts[_collections.UserDict.__repr__] = _pprint_user_data
    _layouts[_collections.UserList.__repr__] = _pprint_user_data
    _layouts[_collections.UserString.__repr__] = _pprint_user_data


class _Collector:
    """A stream that appends what is written to a list."""

    def __init__(self, parts):
        self.write = parts.append


def _split_after_spaces(line):
    """Split line into words, each keeping the whitespace after it."""
    words = []
    start, i, n = 0, 0, len(line)
    while i < n:
        while i < n and not line[i].isspace():
            i += 1
        while i < n and line[i].isspace():
            i += 1
        words.append(line[start:i])
        start = i
    return words


def _wrap_bytes_repr(object, width, allowance):
    """Split bytes into reprs of 4-byte-aligned pieces that fit width."""
    chunks = []
    current = b''
    last = len(object) // 4 * 4
    for i in range(0, len(object), 4):
        part = object[i:i + 4]
        candidate = current + part
        if i == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                chunks.append(repr(current))
            current = part
        else:
            current = candidate
    if current:
        chunks.append(repr(current))
    return chunks
