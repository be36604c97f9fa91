"""Python part of Kiln's warnings module.

warn and warn_explicit, the filters list and the registries live in the
native _warnings module (vm/stdlib/warnings/warnings.go); this file holds
how warnings are shown, the functions that edit the filters, catch_warnings
and the parsing of -W options and PYTHONWARNINGS (sys.warnoptions).
"""

import sys
from _warnings import (filters, _defaultaction, _onceregistry, warn,
                       warn_explicit, _filters_mutated, _getline)

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings",
           "catch_warnings"]

defaultaction = _defaultaction
onceregistry = _onceregistry

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to a file (sys.stderr by default)."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno,
                                     file, line))


def formatwarning(message, category, filename, lineno, line=None):
    """Return a warning formatted as the default showwarning writes it."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename,
                                              lineno, None, line))


def _showwarnmsg_impl(msg):
    out = msg.file
    if out is None:
        out = sys.stderr
        if out is None:
            return
    text = _formatwarnmsg(msg)
    try:
        out.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    name = msg.category.__name__
    text = f"{msg.filename}:{msg.lineno}: {name}: {msg.message}\n"
    line = msg.line
    if line is None:
        line = _getline(msg.filename, msg.lineno)
    line = line.strip()
    if line:
        text += "  " + line + "\n"
    # Go callers (the finalizers of unclosed resources) attach the
    # allocation traceback here.
    trailer = getattr(msg, "_trailer", None)
    if trailer:
        text += trailer
    return text


# The originals, to tell whether the program replaced them.
_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    """Show a warning: through a showwarning the program installed, if any."""
    show = showwarning
    if show is not _showwarning_orig:
        if not callable(show):
            raise TypeError("warnings.showwarning() must be set to a "
                            "function or method")
        show(msg.message, msg.category, msg.filename, msg.lineno,
             msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    """Format a warning: through a formatwarning the program installed."""
    fmt = formatwarning
    if fmt is not _formatwarning_orig:
        return fmt(msg.message, msg.category, msg.filename, msg.lineno,
                   msg.line)
    return _formatwarnmsg_impl(msg)


class WarningMessage(object):
    """One warning as catch_warnings(record=True) records it."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


def _compile(pattern, ignorecase):
    """Compile a filter's message or module pattern. re is imported on
    first use, so that warnings stays cheap to import."""
    import re
    return re.compile(pattern, re.I if ignorecase else 0)


def _escape(text):
    import re
    return re.escape(text)


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Add a filter: warnings whose text matches the regular expression
    message (case-insensitively), of a subclass of category, from a module
    matching module, at lineno (0: any line) get action. The filter goes
    in front of the others unless append is true."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    _add_filter(action, _compile(message, True) if message else None,
                category, _compile(module, False) if module else None,
                lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter that matches every message and module."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # A filter added again moves to the front; appended, it stays where it
    # was.
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Remove every filter, the default ones included."""
    filters[:] = []
    _filters_mutated()


class catch_warnings(object):
    """Save the filters and showwarning on entry and restore them on exit.

    With record=True, showing a warning appends its WarningMessage to the
    list that __enter__ returns instead. With action, simplefilter(action,
    category, lineno, append) is applied on entry.
    """

    def __init__(self, *, record=False, module=None, action=None,
                 category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules["warnings"]:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        mod = self._module
        self._filters = mod.filters
        mod.filters = self._filters[:]
        mod._filters_mutated()
        self._showwarning = mod.showwarning
        self._showwarnmsg_impl = mod._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        mod._showwarnmsg_impl = log.append
        # A showwarning the program installed would bypass the log.
        mod.showwarning = mod._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        mod = self._module
        mod.filters = self._filters
        mod._filters_mutated()
        mod.showwarning = self._showwarning
        mod._showwarnmsg_impl = self._showwarnmsg_impl


# -W options and PYTHONWARNINGS: "action:message:category:module:lineno".

class _OptionError(Exception):
    """A -W option that cannot be understood."""


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as e:
            print("Invalid -W option ignored:", e, file=sys.stderr)


def _setoption(arg):
    parts = arg.split(":")
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    parts += [""] * (5 - len(parts))
    action, message, category, module, lineno = [p.strip() for p in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if message:
        message = _escape(message)
    if module:
        module = _escape(module) + "\\Z"
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"
    for a in _ACTIONS:
        if a.startswith(action):
            return a
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    if not category:
        return Warning
    if "." not in category:
        import builtins as m
        klass = category
    else:
        modname, _, klass = category.rpartition(".")
        try:
            m = __import__(modname, None, None, [klass])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (modname,)) from None
    try:
        cat = getattr(m, klass)
    except AttributeError:
        raise _OptionError("unknown warning category: %r" % (category,)) from None
    if not issubclass(cat, Warning):
        raise _OptionError("invalid warning category: %r" % (category,))
    return cat


_processoptions(sys.warnoptions)
