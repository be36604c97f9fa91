# -W ignore::SyntaxWarning silences the compile-time warnings.
x = 1
print("\d", x is (1, 2), x is 1)
