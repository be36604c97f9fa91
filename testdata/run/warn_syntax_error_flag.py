# -W error makes a compile-time SyntaxWarning a SyntaxError at the literal.
x = 1
print("before")
print(x is (1, 2))
