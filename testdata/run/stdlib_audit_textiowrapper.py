# Reading and writing text through an in-memory binary buffer, as upload
# handlers and test doubles do: io.TextIOWrapper and io.Buffered* over
# io.BytesIO, with encodings, newline modes and decoding errors.
import io

upload = io.BytesIO()
text = io.TextIOWrapper(upload, encoding="utf-8", newline="")
text.write("héllo\nwörld\r\n")
text.flush()
print(upload.getvalue())
text.seek(0)
print(repr(text.read()), text.encoding, text.newlines)

lines = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\n"), encoding="ascii")
print(lines.readlines(), lines.newlines)

reader = io.BufferedReader(io.BytesIO(b"abcdef"))
print(reader.read(2), reader.peek(1)[:1], reader.read1(2), reader.read())
writer = io.BufferedWriter(io.BytesIO())
writer.write(b"xyz")
writer.flush()
print(writer.raw.getvalue())

print(io.TextIOWrapper(io.BytesIO(b"ok\xff"), encoding="utf-8", errors="replace").read())
try:
    io.TextIOWrapper(io.BytesIO(b"\xff"), encoding="utf-8").read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
latin = io.TextIOWrapper(io.BytesIO("café\n".encode("latin-1")), encoding="latin-1")
print(latin.readline(), latin.buffer.tell(), isinstance(latin, io.TextIOBase))
