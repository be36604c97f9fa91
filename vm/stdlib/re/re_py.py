# The parts of the re module written in Python: the RegexFlag flags and
# the re.error exception. The rest of the module is Go (vm/stdlib/re).


class _RegexFlagType(type):
    """The class of RegexFlag: iterating, indexing and len() of the class
    see its members, as for CPython's enum.IntFlag."""

    def __iter__(cls):
        return iter([getattr(cls, name) for name, bit in cls._names])

    def __len__(cls):
        return len(cls._names)

    def __getitem__(cls, name):
        if name == 'NOFLAG' or any(n == name for n, bit in cls._names):
            return getattr(cls, name)
        raise KeyError(name)

    def __contains__(cls, value):
        return isinstance(value, cls)

    def __repr__(cls):
        return "<flag 'RegexFlag'>"


class RegexFlag(int, metaclass=_RegexFlagType):
    """The flags of re: an int whose repr names the flags it holds."""

    __slots__ = ()
    _names = (('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32),
              ('MULTILINE', 8), ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1),
              ('DEBUG', 128))

    def __repr__(self):
        value = int(self)
        if value == 0:
            return 're.NOFLAG'
        if value < 0:
            value = ~value
            names = [n for n, bit in self._names if not value & bit]
            return '|'.join('re.' + n for n in names)
        parts = []
        for name, bit in self._names:
            if value & bit:
                parts.append('re.' + name)
                value &= ~bit
        if value:
            parts.append(hex(value))
        return '|'.join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return repr(self)
        return int.__format__(self, spec)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        if int(self) == 0:
            return 'NOFLAG'
        return repr(self).replace('re.', '')


RegexFlag.__module__ = 're'
NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)
for _name, _flag in (('NOFLAG', NOFLAG), ('A', A), ('ASCII', A), ('I', I), ('IGNORECASE', I),
                     ('L', L), ('LOCALE', L), ('U', U), ('UNICODE', U), ('M', M),
                     ('MULTILINE', M), ('S', S), ('DOTALL', S), ('X', X), ('VERBOSE', X),
                     ('T', T), ('TEMPLATE', T), ('DEBUG', DEBUG)):
    setattr(RegexFlag, _name, _flag)
del _name, _flag


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
