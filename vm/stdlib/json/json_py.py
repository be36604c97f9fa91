# The Python part of Kiln's json module: the public functions and classes.
# Encoding and decoding themselves are the Go functions _encode and
# _decode, installed in this namespace before this runs.

import sys

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']
__version__ = '2.0.9'
__path__ = []


class JSONDecodeError(ValueError):
    """Raised for a document that is not valid JSON.

    msg is the message without the position, doc the document, pos the
    index of the error, lineno and colno that index as a line and column."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


JSONDecodeError.__module__ = 'json.decoder'


class JSONDecoder(object):
    """Decodes JSON documents, with optional hooks for objects and numbers."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s, _w=None):
        return _decode(s, self.object_hook, self.object_pairs_hook, self.parse_float,
                       self.parse_int, self.parse_constant, self.strict, 0, False)

    def raw_decode(self, s, idx=0):
        return _decode(s, self.object_hook, self.object_pairs_hook, self.parse_float,
                       self.parse_int, self.parse_constant, self.strict, idx, True)


JSONDecoder.__module__ = 'json.decoder'


class JSONEncoder(object):
    """Encodes Python values as JSON; override default() for other types."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        # As CPython's, the joined pieces of iterencode(), if a subclass
        # overrides it; otherwise the Go encoder makes the same text at once.
        if isinstance(o, str) or type(self).iterencode is JSONEncoder.iterencode:
            return self._encode_whole(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def _encode_whole(self, o):
        return _encode(o, self.skipkeys, self.ensure_ascii, self.check_circular,
                       self.allow_nan, self.indent, self.item_separator,
                       self.key_separator, self.default, self.sort_keys)

    def iterencode(self, o, _one_shot=False):
        """Encode o, yielding the JSON text in pieces.

        The pieces are those of CPython's pure-Python encoder; a one-shot
        call without indent (encode()) is one piece, as its C encoder's."""
        if _one_shot and self.indent is None:
            return (self._encode_whole(o),)
        return _iter_pieces(self, o)


def _iter_pieces(enc, o):
    """The pieces of enc's encoding of o: a generator over the document."""
    markers = {} if enc.check_circular else None
    default, skipkeys, sort_keys = enc.default, enc.skipkeys, enc.sort_keys
    item_sep, key_sep, allow_nan = enc.item_separator, enc.key_separator, enc.allow_nan
    indent = enc.indent
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    ensure_ascii = enc.ensure_ascii
    int_text, float_repr = int.__repr__, float.__repr__

    def str_text(s):
        return _encode(s, False, ensure_ascii, False, True, None, ', ', ': ', None, False)

    def float_text(f):
        if f != f:
            text = 'NaN'
        elif f == float('inf'):
            text = 'Infinity'
        elif f == float('-inf'):
            text = '-Infinity'
        else:
            return float_repr(f)
        if not allow_nan:
            raise ValueError('Out of range float values are not JSON compliant: ' + repr(f))
        return text

    def scalar_text(v):
        # The text of a str, None, bool, int or float; None for others.
        if isinstance(v, str):
            return str_text(v)
        if v is None:
            return 'null'
        if v is True:
            return 'true'
        if v is False:
            return 'false'
        if isinstance(v, int):
            return int_text(v)
        if isinstance(v, float):
            return float_text(v)
        return None

    def enter(container):
        if markers is not None:
            if id(container) in markers:
                raise ValueError('Circular reference detected')
            markers[id(container)] = container

    def leave(container):
        if markers is not None:
            del markers[id(container)]

    def nested(v, level):
        if isinstance(v, (list, tuple)):
            return array(v, level)
        if isinstance(v, dict):
            return obj(v, level)
        return value(v, level)

    def array(lst, level):
        if not lst:
            yield '[]'
            return
        enter(lst)
        head, sep, close = '[', item_sep, None
        if indent is not None:
            level += 1
            close = '\n' + indent * (level - 1)
            head += '\n' + indent * level
            sep = item_sep + '\n' + indent * level
        lead = head
        for v in lst:
            text = scalar_text(v)
            if text is not None:
                yield lead + text
            else:
                yield lead
                yield from nested(v, level)
            lead = sep
        if close is not None:
            yield close
        yield ']'
        leave(lst)

    def obj(dct, level):
        if not dct:
            yield '{}'
            return
        enter(dct)
        yield '{'
        sep, close = item_sep, None
        if indent is not None:
            level += 1
            close = '\n' + indent * (level - 1)
            sep = item_sep + '\n' + indent * level
            yield '\n' + indent * level
        first = True
        for k, v in (sorted(dct.items()) if sort_keys else dct.items()):
            if isinstance(k, str):
                pass
            elif isinstance(k, float):
                k = float_text(k)
            elif k is True or k is False or k is None:
                k = scalar_text(k)
            elif isinstance(k, int):
                k = int_text(k)
            elif skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {k.__class__.__name__}')
            if not first:
                yield sep
            first = False
            yield str_text(k)
            yield key_sep
            text = scalar_text(v)
            if text is not None:
                yield text
            else:
                yield from nested(v, level)
        if close is not None:
            yield close
        yield '}'
        leave(dct)

    def value(v, level):
        text = scalar_text(v)
        if text is not None:
            yield text
        elif isinstance(v, (list, tuple)):
            yield from array(v, level)
        elif isinstance(v, dict):
            yield from obj(v, level)
        else:
            enter(v)
            yield from value(default(v), level)
            leave(v)

    return value(o, 0)


JSONEncoder.__module__ = 'json.encoder'


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    if cls is None and not kw:
        if separators is not None:
            item_separator, key_separator = separators
        elif indent is not None:
            item_separator, key_separator = ',', ': '
        else:
            item_separator, key_separator = ', ', ': '
        return _encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan,
                       indent, item_separator, key_separator, default, sort_keys)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan, indent=indent,
               separators=separators, default=default, sort_keys=sort_keys,
               **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Serialize obj as a JSON formatted stream to fp (a .write()-supporting file).

    As CPython's, it writes the encoder's iterencode() pieces one by one."""
    if cls is None:
        cls = JSONEncoder
    for piece in cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                     check_circular=check_circular, allow_nan=allow_nan, indent=indent,
                     separators=separators, default=default, sort_keys=sort_keys,
                     **kw).iterencode(obj):
        fp.write(piece)


def _detect_encoding(b):
    if b.startswith((b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff')):
        return 'utf-32'
    if b.startswith((b'\xff\xfe', b'\xfe\xff')):
        return 'utf-16'
    if b.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray holding a JSON document)."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        s = s.decode(_detect_encoding(s), 'surrogatepass')
    if cls is None and not kw:
        return _decode(s, object_hook, object_pairs_hook, parse_float, parse_int,
                       parse_constant, True, 0, False)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize fp (a .read()-supporting file holding a JSON document)."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)


def _submodule(name, **attrs):
    mod = type(sys)(name)
    for k, v in attrs.items():
        setattr(mod, k, v)
    sys.modules[name] = mod
    return mod


decoder = _submodule('json.decoder', JSONDecoder=JSONDecoder, JSONDecodeError=JSONDecodeError)
encoder = _submodule('json.encoder', JSONEncoder=JSONEncoder)
del _submodule
del sys
