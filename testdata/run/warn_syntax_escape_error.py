# -W error::SyntaxWarning makes an invalid escape sequence a SyntaxError.
x = 1
print("\d" + "\q")
