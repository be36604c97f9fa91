# Compile-time SyntaxWarnings of CPython 3.12, printed as "file:line:
# SyntaxWarning: text" with the source line, once per compile, in
# CPython's order: the parser's invalid escape sequences first, then the
# compiler's (checked after constant folding: -1 and (1, 2) are literals).
x = 1
print(f"\{x}", f"\{{x}}", """abc
\d""", f"""a
\d {x} \q""", "\é", b"\777", "\z\q", rb"\d" + Rb"\d" + br"\d")
print("\N{DIGIT ONE}\d", "\
\d", "\d", b"\d", r"\d", f"\d{x}", "\8", "\777", "\z" + "\q", b"\u\N")
print(x is (1, 2), x is (), x is not (1, 2), x is -1, x is 1 + 2)
print(x is "a" "b", x is f"abc", x is b"a", x is 1.5, x is 1j)
print(x is (x, 1), x is ((1, 2), 3), (1, 2) is x, x is None is 1)
print(x is [1], x is ("a",) * 2, x is True, x is ..., x is None)
print(x is 2 ** 1000, x is 1 / 0 if False else 0, x is "a" * 5000)
try:
    assert (x, "msg")
except AssertionError:
    pass
for call in [lambda: [1, 2](3), lambda: (1, 2)(3), lambda: "abc"(3),
             lambda: f"abc"(3), lambda: (1)(3), lambda: -1(3)]:
    try:
        call()
    except TypeError as e:
        print(e)
for sub in [lambda: (1, 2)[1, 2], lambda: [1, 2][1, 2], lambda: [1, 2]["a"],
            lambda: 5[1], lambda: (1, 2)[x, 2], lambda: (1, 2)[1.5],
            lambda: "ab"[1, 2], lambda: [i for i in [x]][1, 2],
            lambda: (1, 2)[0][0], lambda: [1][1:2, 3]]:
    try:
        sub()
    except TypeError as e:
        print(e)


def g():
    return x is (1,)


for i in range(2):
    print(x is 1000)
print(g(), 1 if x is 1 else 2)
