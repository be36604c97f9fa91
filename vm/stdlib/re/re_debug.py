"""Kiln's re.DEBUG output, kept out of the re module's namespace (CPython's
re has none of these names): the Go side runs this file in a module of its
own the first time a pattern is compiled with re.DEBUG, with _casefix_table
(the case-fixing pairs of CPython's re/_casefix.py) already in its globals."""

from re import error


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
        self.flags = flags  # with the global inline flags, once parsed
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
            if self.peek() == '}':
                return False  # '{}' is two literals
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
            self.flags |= on
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
    """Print the parse tree of pattern, a valid pattern, for re.DEBUG, then
    the listing of the code CPython 3.12 compiles it to."""
    parser = _DebugParser(pattern, flags)
    tree = parser.alternatives(parser.verbose, top=True)
    _debug_dump(tree)
    flags = parser.flags
    if isinstance(pattern, str) and not flags & _SRE_ASCII:
        flags |= _SRE_UNICODE
    code = _SreCompiler(flags).program(tree)
    print()
    _sre_dis(code)


# The listing: the pattern compiled to CPython's sre code, for display
# only (Kiln's engine runs its own program, engine.go). The compiler
# follows CPython 3.12's (re/_compiler.py): an INFO block with the
# pattern's width and its literal prefix or first-character set, then the
# code of the tree, where ignoring case picks the _IGNORE opcodes or
# lowercases the characters, and a character class becomes the shortest
# of literals and ranges, a 256-bit bitmap (CHARSET) or, beyond Latin-1,
# a table of 256-character chunks (BIGCHARSET). Opcodes are their names.

_SRE_IGNORECASE, _SRE_LOCALE, _SRE_MULTILINE, _SRE_DOTALL = 2, 4, 8, 16
_SRE_UNICODE, _SRE_ASCII = 32, 256
_SRE_TYPE_FLAGS = _SRE_ASCII | _SRE_LOCALE | _SRE_UNICODE
_SRE_INFO_PREFIX, _SRE_INFO_LITERAL, _SRE_INFO_CHARSET = 1, 2, 4
_SRE_MAXREPEAT = _SRE_MAXCODE = (1 << 32) - 1
_SRE_REPEATS = {'MIN_REPEAT': ('REPEAT', 'MIN_UNTIL', 'MIN_REPEAT_ONE'),
                'MAX_REPEAT': ('REPEAT', 'MAX_UNTIL', 'REPEAT_ONE'),
                'POSSESSIVE_REPEAT': ('POSSESSIVE_REPEAT', 'SUCCESS', 'POSSESSIVE_REPEAT_ONE')}
_SRE_AT_MULTILINE = {'AT_BEGINNING': 'AT_BEGINNING_LINE', 'AT_END': 'AT_END_LINE'}
_SRE_AT_LOCALE = {'AT_BOUNDARY': 'AT_LOC_BOUNDARY', 'AT_NON_BOUNDARY': 'AT_LOC_NON_BOUNDARY'}
_SRE_AT_UNICODE = {'AT_BOUNDARY': 'AT_UNI_BOUNDARY', 'AT_NON_BOUNDARY': 'AT_UNI_NON_BOUNDARY'}
_SRE_CH_LOCALE = {'CATEGORY_WORD': 'CATEGORY_LOC_WORD', 'CATEGORY_NOT_WORD': 'CATEGORY_LOC_NOT_WORD'}


def _sre_combine_flags(flags, add_flags, del_flags):
    if add_flags & _SRE_TYPE_FLAGS:
        flags &= ~_SRE_TYPE_FLAGS
    return (flags | add_flags) & ~del_flags


def _sre_repeat_bound(n):
    return _SRE_MAXREPEAT if n == 'MAXREPEAT' else n


def _sre_ascii_iscased(ch):
    return ch < 128 and chr(ch).isalpha()


def _sre_ascii_tolower(ch):
    return ch + 32 if 65 <= ch <= 90 else ch


# sre's simple case mappings are the first character of str's full ones.
def _sre_unicode_tolower(ch):
    return ord(chr(ch).lower()[0])


def _sre_unicode_iscased(ch):
    c = chr(ch)
    return ch != ord(c.lower()[0]) or ch != ord(c.upper()[0])


def _sre_iscased(flags):
    if not flags & _SRE_IGNORECASE:
        return None
    return _sre_unicode_iscased if flags & _SRE_UNICODE else _sre_ascii_iscased


def _sre_width(seq, groupwidths):
    """The (min, max) width of a sequence, as sre's getwidth; groupwidths
    gets the width of each group the sequence closes."""
    lo = hi = 0
    for op, av in seq:
        if op == 'BRANCH':
            i, j = _SRE_MAXREPEAT - 1, 0
            for item in av:
                l, h = _sre_width(item, groupwidths)
                i, j = min(i, l), max(j, h)
        elif op == 'ATOMIC_GROUP':
            i, j = _sre_width(av, groupwidths)
        elif op == 'SUBPATTERN':
            i, j = _sre_width(av[3], groupwidths)
            if av[0] is not None:
                groupwidths[av[0]] = i, j
        elif op in _SRE_REPEATS:
            l, h = _sre_width(av[2], groupwidths)
            i = l * av[0]
            if av[1] == 'MAXREPEAT' and h:
                hi = _SRE_MAXREPEAT
                j = 0
            else:
                j = h * _sre_repeat_bound(av[1])
        elif op in ('ANY', 'IN', 'LITERAL', 'NOT_LITERAL', 'CATEGORY'):
            i = j = 1
        elif op == 'GROUPREF':
            i, j = groupwidths[av]
        elif op == 'GROUPREF_EXISTS':
            i, j = _sre_width(av[1], groupwidths)
            if av[2] is not None:
                l, h = _sre_width(av[2], groupwidths)
                i, j = min(i, l), max(j, h)
            else:
                i = 0
        elif op in ('ASSERT', 'ASSERT_NOT'):
            # Zero width, but the widths of the groups inside count
            # for their backreferences.
            _sre_width(av[1], groupwidths)
            i = j = 0
        else:  # AT
            i = j = 0
        lo += i
        hi += j
    return min(lo, _SRE_MAXREPEAT - 1), min(hi, _SRE_MAXREPEAT)


class _SreCompiler:
    def __init__(self, flags):
        self.flags = flags
        self.code = []
        self.groupwidths = {}
        self.fixes_table = None

    def program(self, tree):
        self.info(tree, self.flags)
        self.compile(tree, self.flags)
        self.code.append('SUCCESS')
        return self.code

    def fixes(self):
        if self.fixes_table is None:
            self.fixes_table = _casefix_table()
        return self.fixes_table

    def width(self, seq):
        return _sre_width(seq, self.groupwidths)

    def info(self, tree, flags):
        code = self.code
        lo, hi = self.width(tree)
        hi = min(hi, _SRE_MAXCODE)
        if lo == 0:
            code.extend(['INFO', 4, 0, lo, hi])
            return
        prefix, prefix_skip, got_all, charset = [], None, False, None
        if not (flags & _SRE_IGNORECASE and flags & _SRE_LOCALE):
            prefix, prefix_skip, got_all = self.literal_prefix(tree, flags)
            if not prefix:
                charset = self.charset_prefix(tree, flags)
        code.append('INFO')
        skip = len(code)
        code.append(0)
        mask = 0
        if prefix:
            mask = _SRE_INFO_PREFIX
            if prefix_skip is None and got_all:
                mask |= _SRE_INFO_LITERAL
        elif charset:
            mask = _SRE_INFO_CHARSET
        code.append(mask)
        if lo < _SRE_MAXCODE:
            code.append(lo)
        else:
            code.append(_SRE_MAXCODE)
            prefix = prefix[:_SRE_MAXCODE]
        code.append(hi)
        if prefix:
            code.append(len(prefix))
            code.append(len(prefix) if prefix_skip is None else prefix_skip)
            code.extend(prefix)
            code.extend(_sre_overlap_table(prefix))
        elif charset:
            charset, _ = self.optimize_charset(charset, None, None)
            self.compile_charset(charset, flags)
        code[skip] = len(code) - skip

    def literal_prefix(self, seq, flags):
        prefix = []
        prefix_skip = None
        iscased = _sre_iscased(flags)
        for op, av in seq:
            if op == 'LITERAL':
                if iscased and iscased(av):
                    break
                prefix.append(av)
            elif op == 'SUBPATTERN':
                group, add_flags, del_flags, body = av
                flags1 = _sre_combine_flags(flags, add_flags, del_flags)
                if flags1 & _SRE_IGNORECASE and flags1 & _SRE_LOCALE:
                    break
                prefix1, prefix_skip1, got_all = self.literal_prefix(body, flags1)
                if prefix_skip is None:
                    if group is not None:
                        prefix_skip = len(prefix)
                    elif prefix_skip1 is not None:
                        prefix_skip = len(prefix) + prefix_skip1
                prefix.extend(prefix1)
                if not got_all:
                    break
            else:
                break
        else:
            return prefix, prefix_skip, True
        return prefix, prefix_skip, False

    def charset_prefix(self, seq, flags):
        while True:
            if not seq:
                return None
            op, av = seq[0]
            if op != 'SUBPATTERN':
                break
            group, add_flags, del_flags, seq = av
            flags = _sre_combine_flags(flags, add_flags, del_flags)
            if flags & _SRE_IGNORECASE and flags & _SRE_LOCALE:
                return None
        iscased = _sre_iscased(flags)
        if op == 'LITERAL':
            if iscased and iscased(av):
                return None
            return [(op, av)]
        if op == 'BRANCH':
            charset = []
            for item in av:
                if not item:
                    return None
                op, a = item[0]
                if op == 'LITERAL' and not (iscased and iscased(a)):
                    charset.append((op, a))
                else:
                    return None
            return charset
        if op == 'IN':
            if iscased:
                for op, a in av:
                    if op == 'LITERAL':
                        if iscased(a):
                            return None
                    elif op == 'RANGE':
                        if a[1] > 0xffff:
                            return None
                        for c in range(a[0], a[1] + 1):
                            if iscased(c):
                                return None
            return av
        return None

    def case_functions(self, flags):
        """iscased, tolower and the extra case equivalences for flags."""
        if flags & _SRE_IGNORECASE and not flags & _SRE_LOCALE:
            if flags & _SRE_UNICODE:
                return _sre_unicode_iscased, _sre_unicode_tolower, self.fixes()
            return _sre_ascii_iscased, _sre_ascii_tolower, None
        return None, None, None

    def compile(self, seq, flags):
        code = self.code
        emit = code.append
        iscased, tolower, fixes = self.case_functions(flags)
        for op, av in seq:
            if op in ('LITERAL', 'NOT_LITERAL'):
                if not flags & _SRE_IGNORECASE:
                    emit(op)
                    emit(av)
                elif flags & _SRE_LOCALE:
                    emit(op + '_LOC_IGNORE')
                    emit(av)
                elif not iscased(av):
                    emit(op)
                    emit(av)
                else:
                    lo = tolower(av)
                    if not fixes:
                        emit(op + '_IGNORE')
                        emit(lo)
                    elif lo not in fixes:
                        emit(op + '_UNI_IGNORE')
                        emit(lo)
                    else:
                        emit('IN_UNI_IGNORE')
                        skip = len(code)
                        emit(0)
                        if op == 'NOT_LITERAL':
                            emit('NEGATE')
                        for k in (lo,) + fixes[lo]:
                            emit('LITERAL')
                            emit(k)
                        emit('FAILURE')
                        code[skip] = len(code) - skip
            elif op == 'IN':
                charset, hascased = self.optimize_charset(av, tolower, fixes, iscased)
                if flags & _SRE_IGNORECASE and flags & _SRE_LOCALE:
                    emit('IN_LOC_IGNORE')
                elif not hascased:
                    emit('IN')
                elif not fixes:
                    emit('IN_IGNORE')
                else:
                    emit('IN_UNI_IGNORE')
                skip = len(code)
                emit(0)
                self.compile_charset(charset, flags)
                code[skip] = len(code) - skip
            elif op == 'ANY':
                emit('ANY_ALL' if flags & _SRE_DOTALL else 'ANY')
            elif op in _SRE_REPEATS:
                lo, hi, body = av
                ops = _SRE_REPEATS[op]
                simple = _sre_simple(body)
                emit(ops[2] if simple else ops[0])
                skip = len(code)
                emit(0)
                emit(lo)
                emit(_sre_repeat_bound(hi))
                self.compile(body, flags)
                if simple:
                    emit('SUCCESS')
                    code[skip] = len(code) - skip
                else:
                    code[skip] = len(code) - skip
                    emit(ops[1])
            elif op == 'SUBPATTERN':
                group, add_flags, del_flags, body = av
                if group:
                    emit('MARK')
                    emit((group - 1) * 2)
                self.compile(body, _sre_combine_flags(flags, add_flags, del_flags))
                if group:
                    emit('MARK')
                    emit((group - 1) * 2 + 1)
            elif op == 'ATOMIC_GROUP':
                emit(op)
                skip = len(code)
                emit(0)
                self.compile(av, flags)
                emit('SUCCESS')
                code[skip] = len(code) - skip
            elif op in ('ASSERT', 'ASSERT_NOT'):
                direction, body = av
                emit(op)
                skip = len(code)
                emit(0)
                emit(0 if direction >= 0 else self.width(body)[0])
                self.compile(body, flags)
                emit('SUCCESS')
                code[skip] = len(code) - skip
            elif op == 'AT':
                if flags & _SRE_MULTILINE:
                    av = _SRE_AT_MULTILINE.get(av, av)
                if flags & _SRE_LOCALE:
                    av = _SRE_AT_LOCALE.get(av, av)
                elif flags & _SRE_UNICODE:
                    av = _SRE_AT_UNICODE.get(av, av)
                emit(op)
                emit(av)
            elif op == 'BRANCH':
                emit(op)
                tails = []
                for item in av:
                    skip = len(code)
                    emit(0)
                    self.compile(item, flags)
                    emit('JUMP')
                    tails.append(len(code))
                    emit(0)
                    code[skip] = len(code) - skip
                emit('FAILURE')
                for tail in tails:
                    code[tail] = len(code) - tail
            elif op == 'GROUPREF':
                if not flags & _SRE_IGNORECASE:
                    emit(op)
                elif flags & _SRE_LOCALE:
                    emit('GROUPREF_LOC_IGNORE')
                elif not fixes:
                    emit('GROUPREF_IGNORE')
                else:
                    emit('GROUPREF_UNI_IGNORE')
                emit(av - 1)
            elif op == 'GROUPREF_EXISTS':
                group, yes, no = av
                emit(op)
                emit(group - 1)
                skipyes = len(code)
                emit(0)
                self.compile(yes, flags)
                if no:
                    emit('JUMP')
                    skipno = len(code)
                    emit(0)
                    code[skipyes] = len(code) - skipyes + 1
                    self.compile(no, flags)
                    code[skipno] = len(code) - skipno
                else:
                    code[skipyes] = len(code) - skipyes + 1
            else:
                raise error('internal: unsupported operand type %r' % (op,))

    def optimize_charset(self, charset, fixup, fixes, iscased=None):
        """The shortest form of a class: literals and ranges, a bitmap or
        chunks, and whether ignoring case changed it."""
        out = []
        tail = []
        charmap = bytearray(256)
        hascased = False
        for op, av in charset:
            while True:
                try:
                    if op == 'LITERAL':
                        if fixup:
                            lo = fixup(av)
                            charmap[lo] = 1
                            if fixes and lo in fixes:
                                for k in fixes[lo]:
                                    charmap[k] = 1
                            if not hascased and iscased(av):
                                hascased = True
                        else:
                            charmap[av] = 1
                    elif op == 'RANGE':
                        r = range(av[0], av[1] + 1)
                        if fixup:
                            for i in map(fixup, r):
                                charmap[i] = 1
                                if fixes and i in fixes:
                                    for k in fixes[i]:
                                        charmap[k] = 1
                            if not hascased:
                                hascased = any(map(iscased, r))
                        else:
                            for i in r:
                                charmap[i] = 1
                    elif op == 'NEGATE':
                        out.append((op, av))
                    else:
                        tail.append((op, av))
                except IndexError:
                    if len(charmap) == 256:
                        # Beyond Latin-1: a map of the whole BMP.
                        charmap += bytes(0xff00)
                        continue
                    # Beyond the BMP: kept as it is.
                    if fixup:
                        hascased = True
                        if op == 'RANGE':
                            op = 'RANGE_UNI_IGNORE'
                    tail.append((op, av))
                break
        runs = _sre_runs(charmap)
        if runs is not None:
            for p, q in runs:
                if q - p == 1:
                    out.append(('LITERAL', p))
                else:
                    out.append(('RANGE', (p, q - 1)))
            out += tail
            if hascased or len(out) < len(charset):
                return out, hascased
            return charset, hascased
        if len(charmap) == 256:
            out.append(('CHARSET', _sre_bitmap(charmap)))
            out += tail
            return out, hascased
        # Chunks of 256 characters, each distinct one numbered once.
        numbers = {}
        mapping = []
        data = bytearray()
        for i in range(0, 65536, 256):
            chunk = bytes(charmap[i:i + 256])
            if chunk not in numbers:
                numbers[chunk] = len(numbers)
                data += chunk
            mapping.append(numbers[chunk])
        out.append(('BIGCHARSET', [len(numbers)] + _sre_words(mapping) + _sre_bitmap(data)))
        out += tail
        return out, hascased

    def compile_charset(self, charset, flags):
        code = self.code
        for op, av in charset:
            code.append(op)
            if op == 'LITERAL':
                code.append(av)
            elif op in ('RANGE', 'RANGE_UNI_IGNORE'):
                code.extend(av)
            elif op in ('CHARSET', 'BIGCHARSET'):
                code.extend(av)
            elif op == 'CATEGORY':
                if flags & _SRE_LOCALE:
                    av = _SRE_CH_LOCALE.get(av, av)
                elif flags & _SRE_UNICODE:
                    av = 'CATEGORY_UNI_' + av[9:]
                code.append(av)
        code.append('FAILURE')


def _sre_simple(seq):
    if len(seq) != 1:
        return False
    op, av = seq[0]
    if op == 'SUBPATTERN':
        return av[0] is None and _sre_simple(av[3])
    return op in ('LITERAL', 'NOT_LITERAL', 'ANY', 'IN')


def _sre_runs(charmap):
    """At most two runs [p, q) of set characters, or None."""
    runs = []
    n = len(charmap)
    q = 0
    while True:
        p = q
        while p < n and not charmap[p]:
            p += 1
        if p == n:
            return runs
        if len(runs) >= 2:
            return None
        q = p
        while q < n and charmap[q]:
            q += 1
        runs.append((p, q))
        if q == n:
            return runs


def _sre_bitmap(bits):
    """32-bit words of a map of bytes 0 and 1, the first byte the low bit."""
    words = []
    for i in range(0, len(bits), 32):
        w = 0
        for j in range(31, -1, -1):
            w = w << 1 | (1 if bits[i + j] else 0)
        words.append(w)
    return words


def _sre_words(numbers):
    """Bytes packed four to a little-endian 32-bit word."""
    return [numbers[i] | numbers[i + 1] << 8 | numbers[i + 2] << 16 | numbers[i + 3] << 24
            for i in range(0, len(numbers), 4)]


def _sre_overlap_table(prefix):
    table = [0] * len(prefix)
    for i in range(1, len(prefix)):
        idx = table[i - 1]
        while prefix[i] != prefix[idx]:
            if idx == 0:
                table[i] = 0
                break
            idx = table[idx - 1]
        else:
            table[i] = idx + 1
    return table


def _sre_hex_code(words):
    return '[%s]' % ', '.join('%#010x' % x for x in words)


def _sre_dis(code):
    """Print code as CPython's re._compiler.dis lists it."""
    labels = set()
    width = len(str(len(code) - 1))
    level = 0

    def dis(start, end):
        nonlocal level

        def line(*args, to=None):
            if to is not None:
                labels.add(to)
                args += ('(to %d)' % (to,),)
            print('%*d%s ' % (width, start, ':' if start in labels else '.'), end='  ' * (level - 1))
            print(*args)

        def continuation(*args):
            print(end=' ' * (width + 2 * level))
            print(*args)

        level += 1
        i = start
        while i < end:
            start = i
            op = code[i]
            i += 1
            if op in ('SUCCESS', 'FAILURE', 'ANY', 'ANY_ALL', 'MAX_UNTIL', 'MIN_UNTIL', 'NEGATE'):
                line(op)
            elif op.startswith(('LITERAL', 'NOT_LITERAL')):
                arg = code[i]
                i += 1
                line(op, '%#02x (%r)' % (arg, chr(arg)))
            elif op == 'AT':
                line(op, code[i][3:])
                i += 1
            elif op == 'CATEGORY':
                line(op, code[i][9:])
                i += 1
            elif op in ('IN', 'IN_IGNORE', 'IN_UNI_IGNORE', 'IN_LOC_IGNORE'):
                skip = code[i]
                line(op, skip, to=i + skip)
                dis(i + 1, i + skip)
                i += skip
            elif op in ('RANGE', 'RANGE_UNI_IGNORE'):
                lo, hi = code[i:i + 2]
                i += 2
                line(op, '%#02x %#02x (%r-%r)' % (lo, hi, chr(lo), chr(hi)))
            elif op == 'CHARSET':
                line(op, _sre_hex_code(code[i:i + 8]))
                i += 8
            elif op == 'BIGCHARSET':
                blocks = code[i]
                i += 1
                mapping = []
                for w in code[i:i + 64]:
                    mapping += [w & 0xff, w >> 8 & 0xff, w >> 16 & 0xff, w >> 24]
                line(op, blocks, mapping)
                i += 64
                level += 1
                for _ in range(blocks):
                    continuation(_sre_hex_code(code[i:i + 8]))
                    i += 8
                level -= 1
            elif op in ('MARK', 'GROUPREF', 'GROUPREF_IGNORE', 'GROUPREF_UNI_IGNORE',
                        'GROUPREF_LOC_IGNORE'):
                line(op, code[i])
                i += 1
            elif op == 'JUMP':
                skip = code[i]
                line(op, skip, to=i + skip)
                i += 1
            elif op == 'BRANCH':
                skip = code[i]
                line(op, skip, to=i + skip)
                while skip:
                    dis(i + 1, i + skip)
                    i += skip
                    start = i
                    # The FAILURE that ends the branch is opcode 0 in sre.
                    skip = 0 if code[i] == 'FAILURE' else code[i]
                    if skip:
                        line('branch', skip, to=i + skip)
                    else:
                        line('FAILURE')
                i += 1
            elif op in ('REPEAT', 'REPEAT_ONE', 'MIN_REPEAT_ONE', 'POSSESSIVE_REPEAT',
                        'POSSESSIVE_REPEAT_ONE'):
                skip, lo, hi = code[i:i + 3]
                if hi == _SRE_MAXREPEAT:
                    hi = 'MAXREPEAT'
                line(op, skip, lo, hi, to=i + skip)
                dis(i + 3, i + skip)
                i += skip
            elif op == 'GROUPREF_EXISTS':
                arg, skip = code[i:i + 2]
                line(op, arg, skip, to=i + skip)
                i += 2
            elif op in ('ASSERT', 'ASSERT_NOT'):
                skip, back = code[i:i + 2]
                line(op, skip, back, to=i + skip)
                dis(i + 2, i + skip)
                i += skip
            elif op == 'ATOMIC_GROUP':
                skip = code[i]
                line(op, skip, to=i + skip)
                dis(i + 1, i + skip)
                i += skip
            elif op == 'INFO':
                skip, flags, lo, hi = code[i:i + 4]
                if hi == _SRE_MAXREPEAT:
                    hi = 'MAXREPEAT'
                line(op, skip, bin(flags), lo, hi, to=i + skip)
                start = i + 4
                if flags & _SRE_INFO_PREFIX:
                    prefix_len, prefix_skip = code[i + 4:i + 6]
                    continuation('  prefix_skip', prefix_skip)
                    start = i + 6
                    prefix = code[start:start + prefix_len]
                    continuation('  prefix', '[%s]' % ', '.join('%#02x' % x for x in prefix),
                                 '(%r)' % ''.join(map(chr, prefix)))
                    start += prefix_len
                    continuation('  overlap', code[start:start + prefix_len])
                    start += prefix_len
                if flags & _SRE_INFO_CHARSET:
                    level += 1
                    continuation('in')
                    dis(start, i + skip)
                    level -= 1
                i += skip
            else:
                raise ValueError(op)
        level -= 1

    dis(0, len(code))
