import io

text = "a\nb\r\nc\rd"
for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO(text, newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), repr(s.newlines))
    s = io.StringIO(newline=nl)
    s.write("x\ny\r\n")
    s.write("z\r")
    print("  ", repr(s.getvalue()), repr(s.newlines))
    s.seek(0)
    print("  ", [s.readline() for _ in range(4)])

for bad in [3, "x", "\n\n"]:
    try:
        io.StringIO("", newline=bad)
    except Exception as e:
        print(type(e).__name__, e)
