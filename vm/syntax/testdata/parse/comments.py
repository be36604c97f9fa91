# leading comment
x = 1  # trailing comment
# type: ignore
def f(a,  # type: int
      b,
      ):
    # type: (...) -> None
    pass  # comment

#comment without space
    # indented comment at top level
if x:  # comment after colon
    pass
