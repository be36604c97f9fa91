# compile() issues CPython 3.12's compile-time SyntaxWarnings (folded
# constants included) through the warnings module, with their line; when
# the filters make them errors, it raises SyntaxError at their place.
import warnings
snippets = [
    "x is 1", "x is not 'a'", "1 is x", "x is (1, 2)", "x is ()", "x is -1", "x is 2 ** 10", "x is 2 ** 1000",
    "x is 1 / 0", "x is 'a' * 3", "x is 'a' * 5000", "x is (1,) * 3", "x is (1, 2)[0]", "x is ~5", "x is not 1.5",
    "x is 1j", "x is -1j + 2", "x is b'a' + b'b'", "x is None", "x is True", "x is ...", "x is not None",
    "x is (x, 1)", "x is [1]", "x is {}", "x is not -0.0", "x == 1 is 2", "x is (1, (2, 3))",
    "x is 'a' % 2", "x is 3 % 2", "x is 7 // 2", "x is 1 << 200", "x is 1 << 2", "x is 2 ** -1", "x is (-8) ** 0.5",
    "x is True + 1", "x is True | False", "x is not not 1",
    "assert (x, 'msg')", "assert ()", "assert (x,)",
    "[1, 2](3)", "(1, 2)(3)", "'abc'(3)", "f'abc'(3)", "f'{x}'(3)", "(1)(3)", "None()", "-1(3)", "(x, 1)()", "{1: 2}()",
    "{1}()", "[i for i in x]()", "(i for i in x)()", "{i for i in x}()", "{i: i for i in x}()", "...()", "True()", "(lambda: 0)()",
    "(1, 2)[1, 2]", "[1, 2][1, 2]", "[1, 2]['a']", "5[1]", "(1, 2)[x, 2]", "(1, 2)[1.5]", "'ab'[1, 2]", "{1: 2}[1, 2]",
    "[i for i in x][1, 2]", "(1, 2)[0][0]", "None[0]", "...[0]", "1.5[0]", "1j[0]", "True[0]", "{1}[0]", "(i for i in x)[0]",
    "(lambda: 0)[0]", "{i for i in x}[0]", "[1][True]", "[1][1:2]", "[1][1:2, 3]", "[1][...]", "b'ab'['a']", "f'ab'[1.5]",
    "f'{x}'[None]", "[1][x]", "x[1, 2]", "(1, 2)[-1]", "[1][-1]", "(-1)[0]", "(1 + 2)[0]", "'a'[0][0]", "[1][()]",
    "x[1, 2] = 3", "del (1, 2)[1, 2]", "[1, 2][1, 2] += 1",
    "x = 1\ny = x is 1\nz = '\\d'", "'\\d' '\\q'", "b'\\d'", "'\\777'", "b'\\u'", "'\\8'", "f'\\{x}'", 
]
for src in snippets:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            compile(src, "<s>", "exec")
        except SyntaxError as e:
            print(repr(src), "SyntaxError", e.args)
        for x in w:
            print(repr(src), x.category.__name__, x.message, x.filename, x.lineno)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            compile(src, "<s>", "exec")
        except SyntaxError as e:
            print("   error:", e.args)
