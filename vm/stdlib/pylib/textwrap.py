"""Wrap and fill paragraphs of text; dedent and indent blocks of lines.

wrap(text) returns the lines of text wrapped to a width, fill(text) the
same joined into one string, shorten(text, width) a one-line summary;
TextWrapper holds every option. dedent and indent change the leading
whitespace of lines.
"""

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# The whitespace that wrapping treats as such: ASCII only, so that a
# no-break space keeps its words together.
_whitespace = '\t\n\x0b\x0c\r '

# Chunks of text that wrapping never breaks (unless a chunk alone is
# longer than a line): runs of whitespace, and words up to and including
# a hyphen that joins two letters (not "--" or "-5"), or a run of dashes
# between words (an em-dash written "--").
_ws = '[\t\n\x0b\x0c\r ]'
_non_ws = '[^\t\n\x0b\x0c\r ]'
_letter = r'[^\d\W]'
_word_punct = r'[\w!"\'&.,?]'
_chunk_pattern = (
    rf'({_ws}+'
    rf'|(?<={_word_punct})-{{2,}}(?=\w)'
    rf'|{_non_ws}+?(?:-(?:(?<={_letter}{{2}}-)|(?<={_letter}-{_letter}-))'
    rf'(?={_letter}-?{_letter})'
    rf'|(?={_ws}|\Z)'
    rf'|(?<={_word_punct})(?=-{{2,}}\w)))')


class TextWrapper:
    """Wraps text to lines no longer than width.

    Options (attributes, also keyword arguments): width, initial_indent
    and subsequent_indent (prefixes of the first and the other lines),
    expand_tabs and tabsize, replace_whitespace (every whitespace
    character becomes a space), fix_sentence_endings (two spaces after
    a sentence), break_long_words, drop_whitespace (at line starts and
    ends), break_on_hyphens, max_lines and placeholder (the text that
    ends a truncated last line).
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    wordsep_re = re.compile(_chunk_pattern)
    wordsep_simple_re = re.compile(f'({_ws}+)')
    sentence_end_re = re.compile(r'[a-z][\.\!\?][\"\']?\Z')

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- cutting text into chunks --------------------------------------

    def _munge_whitespace(self, text):
        """Expand tabs and turn other whitespace into spaces, as set."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split text into the chunks that lines are built from."""
        pattern = self.wordsep_re if self.break_on_hyphens else self.wordsep_simple_re
        return [chunk for chunk in pattern.split(text) if chunk]

    def _fix_sentence_endings(self, chunks):
        """Make the space after a sentence's end two spaces."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and self.sentence_end_re.search(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deal with a chunk longer than a whole line: break it (after a
        hyphen when possible) or, not breaking words, put it on a line
        of its own."""
        space_left = width - cur_len if width >= 1 else 1
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Build lines from chunks, none longer than width (unless a word
        is and may not be broken), truncated to max_lines."""
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        chunks.reverse()  # pop() takes the next chunk
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and lines and chunks[-1].strip() == '':
                del chunks[-1]
            cur_line, cur_len = [], 0
            while chunks and cur_len + len(chunks[-1]) <= width:
                cur_len += len(chunks[-1])
                cur_line.append(chunks.pop())
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            rest_is_blank = (not chunks or self.drop_whitespace and
                             len(chunks) == 1 and not chunks[0].strip())
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or rest_is_blank and cur_len <= width):
                lines.append(indent + ''.join(cur_line))
                continue
            # The last line allowed: end it with the placeholder.
            self._truncate(lines, cur_line, cur_len, indent, width)
            break
        return lines

    def _truncate(self, lines, cur_line, cur_len, indent, width):
        """Append the last line allowed, with as many of cur_line's chunks
        as leave room for the placeholder."""
        while cur_line:
            if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                cur_line.append(self.placeholder)
                lines.append(indent + ''.join(cur_line))
                return
            cur_len -= len(cur_line[-1])
            del cur_line[-1]
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(self.placeholder) <= self.width:
                lines[-1] = previous + self.placeholder
                return
        lines.append(indent + self.placeholder.lstrip())

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- public interface ------------------------------------------------

    def wrap(self, text):
        """Return text's lines wrapped to self.width, without newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Return text wrapped to self.width, as one string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap text to lines of at most width characters; return the lines.
    Keyword arguments are TextWrapper's options."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap text to lines of at most width characters; return one string.
    Keyword arguments are TextWrapper's options."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse text's whitespace and cut it to fit width, ending with the
    placeholder if anything was cut."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove the leading whitespace common to every line of text.

    Tabs and spaces both count, but not as each other. Lines of only
    spaces and tabs are emptied and do not count towards the margin.
    """
    if not isinstance(text, str):
        # CPython's dedent starts with a str-pattern re.sub; these are its errors.
        if isinstance(text, (bytes, bytearray, memoryview)):
            raise TypeError('cannot use a string pattern on a bytes-like object')
        raise TypeError('expected string or bytes-like object, got %r'
                        % type(text).__name__)
    lines = text.split('\n')
    margin = None
    for i, line in enumerate(lines):
        content = line.lstrip(' \t')
        if not content:
            lines[i] = ''
            continue
        lead = line[:len(line) - len(content)]
        if margin is None or margin.startswith(lead):
            margin = lead
        elif not lead.startswith(margin):
            n = 0
            while lead[n] == margin[n]:
                n += 1
            margin = margin[:n]
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line
                 for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text for which predicate(line) is true;
    by default, the lines that are not only whitespace."""
    if predicate is None:
        predicate = str.strip
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
