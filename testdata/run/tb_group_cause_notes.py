try:
    raise ValueError("inner cause")
except ValueError as c:
    eg = ExceptionGroup("grp", [TypeError("t")])
    eg.exceptions[0].add_note("leaf note")
    raise eg from c
