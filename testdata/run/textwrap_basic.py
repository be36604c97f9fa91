import textwrap
text = ("The quick brown fox jumps over the lazy dog. Well-known hyphenated-words and "
        "an em--dash here, plus a verylongwordthatcannotpossiblyfitonasinglelineatall-really-long "
        "and\ttabs\tand\nnewlines. Done! Yes? ok.")
for w in (10, 20, 33, 50):
    print(w, textwrap.wrap(text, w))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 25, break_on_hyphens=False))
print(textwrap.wrap(text, 25, break_long_words=False))
print(textwrap.wrap(text, 25, drop_whitespace=False))
print(textwrap.wrap(text, 25, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap("Hello there.  How are you? Fine.", 12, fix_sentence_endings=True))
print(textwrap.wrap(text, 30, max_lines=3))
print(textwrap.wrap(text, 30, max_lines=2, placeholder=" ..."))
print(textwrap.shorten("Hello  world!   How are you?", width=12))
print(textwrap.shorten("Hello world", width=11), textwrap.shorten("Hello world", width=10))
print(repr(textwrap.dedent("    def f():\n        return 1\n    \n\t\n    x\n")))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("   a\n  b\n    c")), repr(textwrap.dedent("x\n  y")))
print(repr(textwrap.indent("a\n\nb\n  \nc", "> ")), repr(textwrap.indent("a\nb", "+", lambda l: True)))
for bad in [dict(width=0), dict(width=5, max_lines=1, placeholder=" [......]")]:
    try: textwrap.wrap("some words here", **bad)
    except ValueError as e: print("ValueError", e)
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("a-b-c-d-e-f-g-h", 4))
print(textwrap.wrap("--foo--bar--baz-- x-y -5 well--known", 6))
print(textwrap.TextWrapper(width=15).wrap("Supercalifragilistic-expialidocious-words everywhere"))
w = textwrap.TextWrapper(width=20, tabsize=4); print(w.wrap("a\tb\tc d e f g h i j k"))
