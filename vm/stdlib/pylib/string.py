"""String constants, capwords, and the Template and Formatter classes.

The constants name ASCII character sets: whitespace, ascii_lowercase,
ascii_uppercase, ascii_letters, digits, hexdigits, octdigits,
punctuation and printable.
"""

# Kiln's string module: the constants, capwords, Template (whose pattern
# is compiled with re on first use, so importing string stays cheap) and
# Formatter, whose format-string parser is written here in Python.

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Capitalize each word of s: split it with s.split(sep), capitalize
    the words and join them with sep (a single space when sep is None)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


####################################################################

class _TemplatePattern:
    """The pattern attribute of Template and its subclasses: the regular
    expression built from the class's delimiter, idpattern,
    braceidpattern and flags, compiled on first use (so that importing
    string does not import re) and then kept per class. A class that sets
    pattern itself replaces this descriptor."""

    def __init__(self):
        self._compiled = {}

    def __get__(self, instance, owner):
        compiled = self._compiled.get(owner)
        if compiled is None:
            import re
            delim = re.escape(owner.delimiter)
            braced = owner.braceidpattern or owner.idpattern
            source = (rf"{delim}(?:(?P<escaped>{delim})|(?P<named>{owner.idpattern})"
                      rf"|{{(?P<braced>{braced})}}|(?P<invalid>))")
            compiled = self._compiled[owner] = re.compile(source, owner.flags)
        return compiled


class _IgnoreCaseFlag:
    """Template.flags: re.IGNORECASE, looked up on first use (so that
    importing string does not import re) and then stored on Template."""

    def __get__(self, instance, owner):
        import re
        Template.flags = re.IGNORECASE
        return re.IGNORECASE


class Template:
    """A template with $name and ${name} placeholders to substitute."""

    delimiter = '$'
    # The (?a:...) keeps IGNORECASE from letting [a-z] match non-ASCII
    # letters such as the Kelvin sign.
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _IgnoreCaseFlag()
    pattern = _TemplatePattern()

    def __init_subclass__(cls):
        super().__init_subclass__()
        # A pattern given as a string is compiled verbose, as documented.
        own = cls.__dict__.get('pattern')
        if isinstance(own, str):
            import re
            cls.pattern = re.compile(own, cls.flags | re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def substitute(self, mapping=None, /, **kws):
        lookup = _lookup(mapping, kws)
        return self.pattern.sub(lambda mo: self._replace(mo, lookup, False),
                                self.template)

    def safe_substitute(self, mapping=None, /, **kws):
        lookup = _lookup(mapping, kws)
        return self.pattern.sub(lambda mo: self._replace(mo, lookup, True),
                                self.template)

    def _replace(self, mo, lookup, safe):
        """The replacement of one match of the pattern."""
        name = mo.group('named') or mo.group('braced')
        if name is not None:
            if not safe:
                return str(lookup(name))
            try:
                return str(lookup(name))
            except KeyError:
                return mo.group()
        if mo.group('escaped') is not None:
            return self.delimiter
        if mo.group('invalid') is not None:
            if safe:
                return mo.group()
            self._invalid(mo)
        raise ValueError('Unrecognized named group in pattern', self.pattern)

    def _invalid(self, mo):
        at = mo.start('invalid')
        lines = self.template[:at].splitlines(keepends=True)
        lineno = len(lines) or 1
        colno = at - len(''.join(lines[:-1])) if lines else 1
        raise ValueError('Invalid placeholder in string: line %d, col %d'
                         % (lineno, colno))

    def is_valid(self):
        for mo in self.pattern.finditer(self.template):
            if mo.group('invalid') is not None:
                return False
            if all(mo.group(g) is None for g in ('named', 'braced', 'escaped')):
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return True

    def get_identifiers(self):
        names = []
        for mo in self.pattern.finditer(self.template):
            name = mo.group('named') or mo.group('braced')
            if name is not None:
                if name not in names:
                    names.append(name)
            elif mo.group('invalid') is None and mo.group('escaped') is None:
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return names


def _lookup(mapping, kws):
    """The name lookup of a substitution: keyword arguments first, then
    the mapping."""
    if mapping is None:
        return kws.__getitem__
    if not kws:
        return mapping.__getitem__

    def lookup(name):
        try:
            return kws[name]
        except KeyError:
            return mapping[name]
    return lookup


########################################################################
# Formatter: str.format's machinery, with each step a method that
# subclasses may override.

_AUTO, _MANUAL = 'auto', 'manual'


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        numbering = {'mode': None, 'next': 0}
        result = self._expand(format_string, args, kwargs, used_args, 2, numbering)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _expand(self, format_string, args, kwargs, used_args, depth, numbering):
        """Format one level of format_string; format specs are expanded
        one level deeper, down to depth 0."""
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        parts = []
        for literal, field_name, spec, conversion in self.parse(format_string):
            if literal:
                parts.append(literal)
            if field_name is None:
                continue
            field_name = _number_field(field_name, numbering)
            obj, key = self.get_field(field_name, args, kwargs)
            used_args.add(key)
            obj = self.convert_field(obj, conversion)
            spec = self._expand(spec, args, kwargs, used_args, depth - 1, numbering)
            parts.append(self.format_field(obj, spec))
        return ''.join(parts)

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """Return an iterable of (literal_text, field_name, format_spec,
        conversion) tuples, as str.format reads format_string."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first


def _number_field(field_name, numbering):
    """Give an empty field name the next automatic number, refusing to mix
    automatic and manual numbering as str.format does."""
    if field_name == '':
        if numbering['mode'] == _MANUAL:
            raise ValueError('cannot switch from manual field specification '
                             'to automatic field numbering')
        numbering['mode'] = _AUTO
        field_name = str(numbering['next'])
        numbering['next'] += 1
    elif field_name.isdigit():
        if numbering['mode'] == _AUTO:
            raise ValueError('cannot switch from manual field specification '
                             'to automatic field numbering')
        numbering['mode'] = _MANUAL
    return field_name


def _parse_format(s):
    """The parser behind Formatter.parse: str.format's reading of s, with
    its error messages. Each item is a run of literal text followed by one
    replacement field, or by nothing when the run ends at an escaped brace
    or at the end of s."""
    items = []
    pos, n = 0, len(s)
    while pos < n:
        start = pos
        while pos < n and s[pos] not in '{}':
            pos += 1
        if pos == n:
            items.append((s[start:], None, None, None))
            break
        brace = s[pos]
        pos += 1
        doubled = pos < n and s[pos] == brace
        if brace == '}' and not doubled:
            raise ValueError("Single '}' encountered in format string")
        if brace == '{' and pos == n:
            raise ValueError("Single '{' encountered in format string")
        if doubled:
            pos += 1
            items.append((s[start:pos - 1], None, None, None))
            continue
        literal = s[start:pos - 1]
        name, conversion, spec, pos = _parse_field(s, pos)
        items.append((literal, name, spec, conversion))
    return iter(items)


def _parse_field(s, pos):
    """Read the replacement field whose text starts at s[pos], just after
    its '{'. Return its name, conversion, format spec and the position
    after its closing '}'."""
    n = len(s)
    start = pos
    stop = None
    while pos < n:
        c = s[pos]
        pos += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while pos < n and s[pos] != ']':
                pos += 1
        elif c in '}:!':
            stop = c
            break
    name = s[start:pos - 1] if stop else s[start:pos]
    if stop is None:
        raise ValueError("expected '}' before end of string")
    if stop == '}':
        return name, None, '', pos
    conversion = None
    if stop == '!':
        if pos >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = s[pos]
        pos += 1
        if pos < n:
            c = s[pos]
            pos += 1
            if c == '}':
                return name, conversion, '', pos
            if c != ':':
                raise ValueError("expected ':' after conversion specifier")
    # The format spec runs to the '}' that balances the field's '{'.
    depth, spec_start = 1, pos
    while pos < n:
        c = s[pos]
        pos += 1
        if c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
            if depth == 0:
                return name, conversion, s[spec_start:pos - 1], pos
    raise ValueError("unmatched '{' in format spec")


def _split_field_name(name):
    """Split a field name into its first part (an int index or a keyword)
    and the list of (is_attribute, key) accessors that follow it."""
    i, n = 0, len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    elif not first and i < n:
        raise ValueError("Empty attribute in format string")
    rest = []
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            i = j
        elif name[i] == '[':
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, iter(rest)
