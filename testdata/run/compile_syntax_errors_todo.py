# compile() on source with a syntax error: the message, the position
# (lineno, offset, end_lineno, end_offset) and the quoted text, for cases Kiln still gets wrong (XFAIL).
cases = [
    'async def f():\n    yield from x\n',
    'def f():\n    await x\n',
    "x = b'é'\n",
    'async def f():\n    [x async for x in y]\nx = [x async for x in y]\n',
    "b'\\xé'\n",
    'f"{lambda x:{y}}"\n',
    'f"{x:\n}"\n',
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("OK", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
