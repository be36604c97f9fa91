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


# re.DEBUG: the pattern's parse tree, printed as CPython's sre parser
# dumps it. The Go parser has already accepted the pattern; this second,
# small parser rebuilds the tree in sre's shape (sre's own rewrites
# included: common prefixes of alternatives, one-character alternatives
# and classes as IN or LITERAL, non-capturing groups inlined). A node is
# (OP, argument); a sequence is a list of nodes.

_DEBUG_FLAG_BITS = {'a': 256, 'i': 2, 'L': 4, 'm': 8, 's': 16, 'u': 32, 'x': 64}
_DEBUG_CATEGORIES = {'d': 'CATEGORY_DIGIT', 'D': 'CATEGORY_NOT_DIGIT', 's': 'CATEGORY_SPACE',
                     'S': 'CATEGORY_NOT_SPACE', 'w': 'CATEGORY_WORD', 'W': 'CATEGORY_NOT_WORD'}
_DEBUG_AT = {'A': 'AT_BEGINNING_STRING', 'Z': 'AT_END_STRING', 'b': 'AT_BOUNDARY',
             'B': 'AT_NON_BOUNDARY'}
_DEBUG_SIMPLE_ESCAPES = {'a': 7, 'b': 8, 'f': 12, 'n': 10, 'r': 13, 't': 9, 'v': 11, '\\': 92}
# Nodes without a sub-sequence: equal nodes of these are one prefix.
_DEBUG_LEAVES = ('LITERAL', 'NOT_LITERAL', 'ANY', 'AT', 'IN', 'GROUPREF', 'CATEGORY')


class _DebugParser:
    def __init__(self, pattern, flags):
        if isinstance(pattern, str):
            self.chars = pattern
        else:
            self.chars = ''.join(map(chr, pattern))
        self.pos = 0
        self.verbose = bool(flags & 64)
        self.groups = 1
        self.names = {}

    def peek(self, offset=0):
        i = self.pos + offset
        return self.chars[i] if i < len(self.chars) else ''

    def next(self):
        c = self.peek()
        self.pos += 1
        return c

    def eat(self, s):
        if self.chars.startswith(s, self.pos):
            self.pos += len(s)
            return True
        return False

    def until(self, terminator):
        end = self.chars.index(terminator, self.pos)
        text = self.chars[self.pos:end]
        self.pos = end + 1
        return text

    def alternatives(self, verbose, top=False):
        items = [self.sequence(verbose)]
        while self.eat('|'):
            # A (?x) at the start of the pattern holds for all of it.
            items.append(self.sequence(verbose or top and self.verbose))
        if len(items) == 1:
            return items[0]
        out = []
        while all(items):
            first = items[0][0]
            if first[0] not in _DEBUG_LEAVES or any(item[0] != first for item in items[1:]):
                break
            for item in items:
                del item[0]
            out.append(first)
        members = []
        for item in items:
            if len(item) != 1:
                break
            op, av = item[0]
            if op == 'LITERAL':
                members.append(item[0])
            elif op == 'IN' and av[0][0] != 'NEGATE':
                members.extend(av)
            else:
                break
        else:
            out.append(('IN', _debug_unique(members)))
            return out
        out.append(('BRANCH', items))
        return out

    def sequence(self, verbose):
        seq = []
        while self.pos < len(self.chars):
            c = self.peek()
            if c in '|)':
                break
            self.pos += 1
            if verbose and c in ' \t\n\r\v\f':
                continue
            if verbose and c == '#':
                while self.pos < len(self.chars) and self.next() != '\n':
                    pass
                continue
            if c == '\\':
                seq.append(self.escape())
            elif c == '[':
                seq.append(self.char_class())
            elif c == '.':
                seq.append(('ANY', None))
            elif c == '^':
                seq.append(('AT', 'AT_BEGINNING'))
            elif c == '$':
                seq.append(('AT', 'AT_END'))
            elif c in '*+?{':
                if not self.repeat(c, seq):
                    seq.append(('LITERAL', ord(c)))
            elif c == '(':
                node = self.group(verbose)
                if node is not None:
                    seq.append(node)
                    if node[0] == 'FLAGS':
                        seq.pop()
                        verbose = self.verbose
            else:
                seq.append(('LITERAL', ord(c)))
        # Non-capturing groups without flags become part of the sequence.
        out = []
        for node in seq:
            if node[0] == 'SUBPATTERN' and node[1][:3] == (None, 0, 0):
                out.extend(node[1][3])
            else:
                out.append(node)
        return out

    def repeat(self, c, seq):
        if c == '{':
            start = self.pos
            lo = ''
            while self.peek().isdigit():
                lo += self.next()
            hi = lo
            if self.eat(','):
                hi = ''
                while self.peek().isdigit():
                    hi += self.next()
            if not self.eat('}'):
                self.pos = start
                return False
            lo = int(lo) if lo else 0
            hi = int(hi) if hi else 'MAXREPEAT'
        else:
            lo, hi = {'*': (0, 'MAXREPEAT'), '+': (1, 'MAXREPEAT'), '?': (0, 1)}[c]
        item = seq.pop()
        if item[0] == 'SUBPATTERN' and item[1][:3] == (None, 0, 0):
            body = item[1][3]
        else:
            body = [item]
        op = 'MAX_REPEAT'
        if self.eat('?'):
            op = 'MIN_REPEAT'
        elif self.eat('+'):
            op = 'POSSESSIVE_REPEAT'
        seq.append((op, (lo, hi, body)))
        return True

    def group(self, verbose):
        if not self.eat('?'):
            group = self.groups
            self.groups += 1
            body = self.alternatives(verbose)
            self.eat(')')
            return ('SUBPATTERN', (group, 0, 0, body))
        c = self.next()
        if c == '#':
            self.until(')')
            return None
        if c == 'P' and self.eat('<') or c == '<' and self.peek() not in '=!':
            name = self.until('>')
            group = self.groups
            self.groups += 1
            self.names[name] = group
            body = self.alternatives(verbose)
            self.eat(')')
            return ('SUBPATTERN', (group, 0, 0, body))
        if c == 'P' and self.eat('='):
            return ('GROUPREF', self.names[self.until(')')])
        if c == ':':
            body = self.alternatives(verbose)
            self.eat(')')
            return ('SUBPATTERN', (None, 0, 0, body))
        if c in '=!' or c == '<':
            direction = 1
            if c == '<':
                direction, c = -1, self.next()
            body = self.alternatives(verbose)
            self.eat(')')
            return ('ASSERT' if c == '=' else 'ASSERT_NOT', (direction, body))
        if c == '>':
            body = self.alternatives(verbose)
            self.eat(')')
            return ('ATOMIC_GROUP', body)
        if c == '(':
            ref = self.until(')')
            group = int(ref) if ref.isdigit() else self.names[ref]
            yes = self.sequence(verbose)
            no = self.sequence(verbose) if self.eat('|') else None
            self.eat(')')
            return ('GROUPREF_EXISTS', (group, yes, no))
        # Flags: (?aiLmsux) for the whole pattern, (?flags-flags:...) scoped.
        self.pos -= 1
        on = off = 0
        while self.peek() in _DEBUG_FLAG_BITS:
            on |= _DEBUG_FLAG_BITS[self.next()]
        if self.eat('-'):
            while self.peek() in _DEBUG_FLAG_BITS:
                off |= _DEBUG_FLAG_BITS[self.next()]
        if self.eat(')'):
            if on & 64:
                self.verbose = True
            return ('FLAGS', None)
        self.eat(':')
        inner = (verbose or bool(on & 64)) and not off & 64
        body = self.alternatives(inner)
        self.eat(')')
        return ('SUBPATTERN', (None, on, off, body))

    def code_point(self, in_class):
        """The character of an escape that stands for one, or None."""
        c = self.next()
        if c in _DEBUG_SIMPLE_ESCAPES and not (c == 'b' and not in_class):
            return _DEBUG_SIMPLE_ESCAPES[c]
        if c in 'xuU':
            n = {'x': 2, 'u': 4, 'U': 8}[c]
            digits = self.chars[self.pos:self.pos + n]
            self.pos += n
            return int(digits, 16)
        if c == 'N':
            import unicodedata
            self.eat('{')
            return ord(unicodedata.lookup(self.until('}')))
        if c == '0' or in_class and c in '01234567':
            digits = c
            while len(digits) < 3 and self.peek() in '01234567' and self.peek():
                digits += self.next()
            return int(digits, 8)
        if c in '1234567' and self.peek() in '01234567' and self.peek() and \
                self.peek(1) in '01234567' and self.peek(1):
            digits = c + self.next() + self.next()
            return int(digits, 8)
        if c.isdigit() or c.isalpha() and c.isascii():
            self.pos -= 1
            return None
        return ord(c)

    def escape(self):
        c = self.peek()
        if c in _DEBUG_CATEGORIES:
            self.pos += 1
            return ('IN', [('CATEGORY', _DEBUG_CATEGORIES[c])])
        if c in _DEBUG_AT:
            self.pos += 1
            return ('AT', _DEBUG_AT[c])
        value = self.code_point(False)
        if value is not None:
            return ('LITERAL', value)
        digits = self.next()
        if self.peek().isdigit() and self.peek():
            digits += self.next()
        return ('GROUPREF', int(digits))

    def class_item(self):
        c = self.next()
        if c != '\\':
            return ('LITERAL', ord(c))
        c = self.peek()
        if c in _DEBUG_CATEGORIES:
            self.pos += 1
            return ('CATEGORY', _DEBUG_CATEGORIES[c])
        return ('LITERAL', self.code_point(True))

    def char_class(self):
        members = []
        negate = self.eat('^')
        first = True
        while True:
            if self.peek() == ']' and not first:
                self.pos += 1
                break
            first = False
            item = self.class_item()
            if self.peek() == '-' and self.peek(1) not in (']', '') and item[0] == 'LITERAL':
                self.pos += 1
                hi = self.class_item()
                members.append(('RANGE', (item[1], hi[1])))
            else:
                members.append(item)
        members = _debug_unique(members)
        if len(members) == 1 and members[0][0] == 'LITERAL':
            return ('NOT_LITERAL', members[0][1]) if negate else members[0]
        if negate:
            members.insert(0, ('NEGATE', None))
        return ('IN', members)


def _debug_unique(items):
    out = []
    for item in items:
        if item not in out:
            out.append(item)
    return out


def _debug_dump(seq, level=0):
    indent = '  ' * level
    for op, av in seq:
        if op == 'IN':
            print(indent + op)
            for member, arg in av:
                print(indent + '  ' + member, arg)
        elif op == 'BRANCH':
            print(indent + op)
            for i, item in enumerate(av):
                if i:
                    print(indent + 'OR')
                _debug_dump(item, level + 1)
        elif op == 'GROUPREF_EXISTS':
            group, yes, no = av
            print(indent + op, group)
            _debug_dump(yes, level + 1)
            if no:
                print(indent + 'ELSE')
                _debug_dump(no, level + 1)
        elif op == 'ATOMIC_GROUP':
            print(indent + op)
            _debug_dump(av, level + 1)
        elif isinstance(av, tuple):
            print(indent + op, *av[:-1])
            _debug_dump(av[-1], level + 1)
        else:
            print(indent + op, av)


def _debug(pattern, flags):
    """Print the parse tree of pattern, a valid pattern, for re.DEBUG."""
    parser = _DebugParser(pattern, flags)
    _debug_dump(parser.alternatives(parser.verbose, top=True))
    # CPython's listing of its compiled code would follow this line.
    print()
