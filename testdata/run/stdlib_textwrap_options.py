# textwrap: every TextWrapper option, shorten, dedent, indent and their
# errors.
import textwrap
s = "The quick brown fox jumps over the lazy dog. " * 4 + "Supercalifragilisticexpialidocious-hyphenated-word end.\tTabbed\ttext  with  double  spaces."
for kw in [{}, {"width": 20}, {"width": 15, "break_long_words": False}, {"width": 12, "break_on_hyphens": False},
           {"width": 30, "initial_indent": "* ", "subsequent_indent": "  "}, {"width": 25, "max_lines": 3},
           {"width": 25, "max_lines": 2, "placeholder": " [more]"}, {"width": 20, "expand_tabs": False},
           {"width": 20, "tabsize": 4}, {"width": 20, "replace_whitespace": False}, {"width": 20, "drop_whitespace": False},
           {"width": 30, "fix_sentence_endings": True}]:
    print(kw, textwrap.wrap(s, **kw))
print(textwrap.fill(s, 40))
print(repr(textwrap.shorten("Hello  world!  This is long", width=12)))
print(repr(textwrap.shorten("Hello world", width=11)))
print(repr(textwrap.shorten("Hello world", width=5)))
try: textwrap.shorten("Hello world", width=3, placeholder=" [...]")
except ValueError as e: print(e)
try: textwrap.wrap("abc", width=0)
except ValueError as e: print(e)
try: textwrap.wrap("abc def", width=3, max_lines=1, placeholder="....")
except ValueError as e: print(e)
print(repr(textwrap.dedent("    a\n      b\n\n    c\n")))
print(repr(textwrap.dedent("  a\n\tb\n")))
print(repr(textwrap.dedent("   \n  x\n  y")))
print(repr(textwrap.indent("a\nb\n\nc", "> ")))
print(repr(textwrap.indent("a\n  \nc\n", "+", lambda l: True)))
w = textwrap.TextWrapper(width=10)
print(w.wrap("aaaa bbbb cccc dddd"), w.width)
print(textwrap.wrap(""), textwrap.wrap("   "), textwrap.fill(""))
print(textwrap.wrap("a-b-c-d-e-f-g-h", width=4))
print(textwrap.wrap("word\nnext line\r\nthird", width=8))
print(textwrap.wrap("x" * 25, width=10))
print(textwrap.wrap("Dr. Who. He said. Yes!  No", width=80, fix_sentence_endings=True))
