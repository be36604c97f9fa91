x = ("a"
     "b"
     "c")
y = ("abc"
     f"{d}"
     "e"
     f"{f}{g}")
z = (b"a"
     b"b")
w = u"x" "y"
v = "x" u"y"
docs = """First.

Second paragraph with 'quotes' and "doubles".
"""
q = '"' + "'" + '\'"'
