# The parts of the re module written in Python: the RegexFlag flags (an
# enum.IntFlag, as CPython's), re.error, template() and Scanner. The rest
# of the module is Go (vm/stdlib/re).


import enum


@enum.global_enum
class RegexFlag(enum.IntFlag, boundary=enum.KEEP):
    # The flags of re: an enum.IntFlag whose members are also the module's
    # globals (re.I is re.IGNORECASE) and show as re.NAME. Its docstring
    # is enum's default, assigned below (it survives -OO).

    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128
    __str__ = object.__str__
    _numeric_repr_ = hex


RegexFlag.__module__ = 're'
RegexFlag.__doc__ = 'An enumeration.'


class error(Exception):
    """A regular expression or replacement template that is not valid.

    msg is the message without the position, pattern the pattern, pos the
    index where it went wrong, lineno and colno that index as a line and
    column."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = 're'


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object (deprecated)."
    return compile(pattern, flags | TEMPLATE)


class Scanner:
    """A lexical scanner (undocumented, as CPython's): lexicon is a list of
    (phrase, action) pairs; scan() matches the phrases in turn from the
    start of a string and collects what the actions give."""

    def __init__(self, lexicon, flags=0):
        if isinstance(flags, RegexFlag):
            flags = flags.value
        self.lexicon = lexicon
        # One group around each phrase; the group that closed last tells
        # which phrase matched.
        self._actions = {}
        parts = []
        group = 1
        for index, (phrase, action) in enumerate(lexicon):
            self._actions[group] = index
            parts.append('(' + phrase + ')')
            group += 1 + compile(phrase, flags).groups
        self.scanner = compile('|'.join(parts), flags)

    def scan(self, string):
        result = []
        append = result.append
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[self._actions[m.lastindex]][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                append(action)
            i = j
        return result, string[i:]


Scanner.__module__ = 're'
