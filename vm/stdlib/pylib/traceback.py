"""Extract, format and print exceptions and stack traces.

The formatting is the interpreter's own (the _traceback module), so
print_exc() prints exactly what an uncaught exception prints.
"""

import sys
import linecache
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

# Identical entries printed before "[Previous line repeated N more
# times]" takes over.
_RECURSIVE_CUTOFF = 3


def _default_limit(limit):
    """The limit that applies: the argument, else sys.tracebacklimit."""
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is not None:
        limit >= 0  # a limit that is not a number fails here, as in CPython
    return limit


def _print_chunks(chunks, file):
    if file is None:
        file = sys.stderr
    for chunk in chunks:
        print(chunk, file=file, end="")


#
# Stack entries
#

def print_list(extracted_list, file=None):
    """Print the entries of a list from extract_tb or extract_stack."""
    _print_chunks(StackSummary.from_list(extracted_list).format(), file)


def format_list(extracted_list):
    """Format the entries of a list from extract_tb or extract_stack as
    strings ready for printing, one per entry."""
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    """Print up to limit entries of traceback tb."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """A shorthand for format_list(extract_tb(tb, limit))."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """Return a StackSummary of the entries of traceback tb, outermost
    first, at most limit of them."""
    return StackSummary._from_entries(
        _traceback.extract_tb(tb, _default_limit(limit)))


def print_stack(f=None, limit=None, file=None):
    """Print the stack from frame f (the caller by default) outwards."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """A shorthand for format_list(extract_stack(f, limit))."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """Return a StackSummary of the stack from frame f (the caller by
    default) outwards, oldest entry first, the innermost limit of them."""
    if f is None:
        f = sys._getframe().f_back
    return StackSummary._from_entries(
        _traceback.extract_stack(f, _default_limit(limit)))


def clear_frames(tb):
    """Clear the local variables of the frames of traceback tb. Kiln's
    frame objects are snapshots that hold no live frame, so there is
    nothing to release."""


def walk_stack(f):
    """Yield (frame, lineno) for f and each frame that called it; the
    caller's caller when f is None."""
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of traceback tb."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


#
# Exceptions
#

_sentinel = object()


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, '
                            f'{type(exc).__name__} found')
        return None, None
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print an exception, its traceback and its chained exceptions as an
    uncaught exception is printed (to sys.stderr by default)."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """Format an exception as print_exception prints it: a list of
    strings, each ending in a newline."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """Format the last line of an exception report ("Type: message", or
    a SyntaxError's source display), with its notes."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled, as print_exception does."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """Return the exception being handled formatted as one string."""
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Print the last uncaught exception (sys.last_exc)."""
    if not hasattr(sys, "last_exc") and not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    if hasattr(sys, "last_exc"):
        print_exception(sys.last_exc, limit=limit, file=file, chain=chain)
    else:
        print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                        limit=limit, file=file, chain=chain)


class FrameSummary:
    """One entry of a stack or traceback: file, line, function name and,
    when known, the source line and the columns of the expression."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals', '_anchor')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = lineno if end_lineno is None else end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        self._anchor = None
        if lookup_line:
            self.line
        self.locals = ({k: _safe_repr(v) for k, v in locals.items()}
                       if locals else None)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def _safe_repr(value):
    try:
        return repr(value)
    except Exception:
        return '<local repr() failed>'


def _capture_locals(stack, tb, limit):
    """Give the entries of stack, which extract_tb(tb, limit) made, the
    reprs of their frames' locals, as capture_locals asks."""
    frames = [f for f, _ in walk_tb(tb)]
    limit = _default_limit(limit)
    if limit is not None:
        frames = frames[:limit] if limit >= 0 else frames[limit:]
    for entry, f in zip(stack, frames):
        f_locals = f.f_locals
        entry.locals = ({k: _safe_repr(v) for k, v in f_locals.items()}
                        if f_locals else None)


class StackSummary(list):
    """A list of FrameSummary entries, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """Make a StackSummary from (frame, lineno) pairs, such as
        walk_stack and walk_tb yield, keeping limit of them."""
        limit = _default_limit(limit)
        pairs = list(frame_gen)
        if limit is not None:
            pairs = pairs[:limit] if limit >= 0 else pairs[limit:]
        result = klass()
        for f, lineno in pairs:
            code = f.f_code
            f_locals = f.f_locals if capture_locals else None
            result.append(FrameSummary(code.co_filename, lineno, code.co_name,
                                       lookup_line=False, locals=f_locals))
        if lookup_lines:
            for frame in result:
                frame.line
        return result

    @classmethod
    def _from_entries(klass, entries):
        result = klass()
        for filename, lineno, end_lineno, colno, end_colno, name, anchor in entries:
            frame = FrameSummary(filename, lineno, name, lookup_line=False,
                                 end_lineno=end_lineno, colno=colno,
                                 end_colno=end_colno)
            frame._anchor = anchor
            result.append(frame)
        return result

    @classmethod
    def from_list(klass, a_list):
        """Make a StackSummary from FrameSummary objects or old-style
        (filename, lineno, name, line) tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """Format one entry as a traceback shows it: the File line, the
        source line and, where the columns are known, carets."""
        filename = frame_summary.filename
        if filename.startswith("<stdin>-"):
            filename = "<stdin>"
        parts = ['  File "{}", line {}, in {}\n'.format(
            filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            parts.append('    {}\n'.format(frame_summary.line.strip()))
            source = frame_summary._original_line.rstrip('\r\n')
            parts.append(_traceback.caret_line(
                source, frame_summary.lineno, frame_summary.end_lineno,
                frame_summary.colno, frame_summary.end_colno,
                frame_summary._anchor))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                parts.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(parts)

    def format(self):
        """Format the entries, one string each, cutting runs of identical
        entries short after three."""
        result = []
        last = None
        count = 0
        for frame in self:
            formatted = self.format_frame_summary(frame)
            if formatted is None:
                continue
            key = (frame.filename, frame.lineno, frame.name)
            if key != last:
                if count > _RECURSIVE_CUTOFF:
                    result.append(_repeated(count - _RECURSIVE_CUTOFF))
                last, count = key, 0
            count += 1
            if count <= _RECURSIVE_CUTOFF:
                result.append(formatted)
        if count > _RECURSIVE_CUTOFF:
            result.append(_repeated(count - _RECURSIVE_CUTOFF))
        return result


def _repeated(n):
    return f'  [Previous line repeated {n} more time{"s" if n > 1 else ""}]\n'


class TracebackException:
    """An exception captured for formatting later: its type, message,
    stack, notes and chained exceptions."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.exc_type = exc_type
        self._exc_value = exc_value
        self._exc_traceback = exc_traceback
        self._limit = limit
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = (extract_tb(exc_traceback, limit=limit)
                      if exc_traceback is not None else StackSummary())
        if capture_locals and exc_traceback is not None:
            _capture_locals(self.stack, exc_traceback, limit)
        self._str = _safe_str(exc_value)
        try:
            self.__notes__ = getattr(exc_value, '__notes__', None)
        except Exception as e:
            self.__notes__ = [f'Ignored error getting __notes__: {_safe_str(e)}']
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        self.__cause__ = self.__context__ = None
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        self.exceptions = None
        if exc_value is None:
            return
        cause, context = exc_value.__cause__, exc_value.__context__
        if cause is not None and id(cause) not in _seen:
            self.__cause__ = TracebackException(
                type(cause), cause, cause.__traceback__, limit=limit,
                compact=compact, capture_locals=capture_locals, _seen=_seen)
        if (context is not None and id(context) not in _seen
                and not (compact and (self.__cause__ is not None
                                      or self.__suppress_context__))):
            self.__context__ = TracebackException(
                type(context), context, context.__traceback__, limit=limit,
                compact=compact, capture_locals=capture_locals, _seen=_seen)
        if isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [
                TracebackException(type(e), e, e.__traceback__, limit=limit,
                                   compact=compact, capture_locals=capture_locals, _seen=_seen)
                for e in exc_value.exceptions]

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Create a TracebackException from an exception."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    @property
    def exc_type_str(self):
        return _type_name(self.exc_type)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Yield the lines of the exception's own report: "Type: message"
        or a SyntaxError's source display, then its notes."""
        if self._exc_value is None:
            yield _type_name(self.exc_type) + ': None\n' if self.exc_type is not None else 'NoneType: None\n'
            return
        yield from _traceback.format_exception_only(self._exc_value)

    def format(self, *, chain=True, _ctx=None):
        """Yield the report of the exception as print() writes it: the
        chained exceptions (when chain is true), each traceback, and the
        exception's own lines."""
        value = self._exc_value
        if value is None:
            yield from self.format_exception_only()
            return
        if self._has_locals(chain):
            yield from self._format_with_locals(chain)
            return
        saved = value.__traceback__
        if self._exc_traceback is not saved:
            value.__traceback__ = self._exc_traceback
        try:
            yield from _traceback.format_exception(value, self._limit, chain)
        finally:
            if value.__traceback__ is not saved:
                value.__traceback__ = saved

    def _has_locals(self, chain):
        """Whether capture_locals gave a frame of the report locals (the
        runtime's formatter, which format() uses otherwise, has no locals).
        Exception groups always go to the runtime's formatter."""
        te = self
        while te is not None:
            if te.exceptions is not None:
                return False
            if any(entry.locals for entry in te.stack):
                return True
            if not chain:
                return False
            te = (te.__cause__ if te.__cause__ is not None
                  else None if te.__suppress_context__ else te.__context__)
        return False

    def _format_with_locals(self, chain):
        """format() in Python, for reports with captured locals: the
        chained exceptions first, then each traceback with its frames'
        locals under their lines."""
        if chain:
            if self.__cause__ is not None:
                yield from self.__cause__._format_with_locals(chain)
                yield ('\nThe above exception was the direct cause '
                       'of the following exception:\n\n')
            elif self.__context__ is not None and not self.__suppress_context__:
                yield from self.__context__._format_with_locals(chain)
                yield ('\nDuring handling of the above exception, '
                       'another exception occurred:\n\n')
        if self.stack:
            yield 'Traceback (most recent call last):\n'
            yield from self.stack.format()
        yield from self.format_exception_only()

    def print(self, *, file=None, chain=True):
        """Print the report, to sys.stderr by default."""
        _print_chunks(self.format(chain=chain), file)


def _type_name(exc_type):
    module = getattr(exc_type, '__module__', None)
    name = getattr(exc_type, '__qualname__', None) or exc_type.__name__
    if module not in ("__main__", "builtins", None):
        return module + '.' + name
    return name


def _safe_str(value):
    try:
        return str(value)
    except Exception:
        return '<exception str() failed>'
