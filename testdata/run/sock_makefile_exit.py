# socket.makefile() writers are io objects, as CPython's BufferedWriter and
# TextIOWrapper are: one the program drops while it holds data is flushed
# into the socket when it dies (at once in CPython, at the collection in
# Kiln), and one still open at exit is flushed then (the Go test
# TestMakefileFlushedAtExit in vm/stdlib/socket checks that).
import gc
import io
import socket

a, b = socket.socketpair()
b.settimeout(5)

text = a.makefile("w", encoding="utf-8")
binary = a.makefile("wb")
reader = b.makefile("rb")
print(type(text).__name__, type(binary).__name__, type(reader).__name__)
print(type(binary.raw).__name__, binary.raw.mode, text.mode, text.encoding, text.buffer.mode)
print(repr(text).replace(str(a.fileno()), "FD"), repr(binary).replace(str(a.fileno()), "FD"))
print(isinstance(text, io.TextIOBase), isinstance(text, io.IOBase))
print(isinstance(binary, io.BufferedIOBase), isinstance(reader, io.BufferedIOBase))
print(text.closed, binary.writable(), binary.readable(), reader.readable())
text.write("kept text\n")
text.flush()
print(reader.readline())


def drop(mode, data):
    f = a.makefile(mode)
    f.write(data)


drop("w", "dropped text\n")
gc.collect()
print(reader.readline())
drop("wb", b"dropped bytes\n")
gc.collect()
print(reader.readline())

with a.makefile("wb") as f:
    f.write(b"with block\n")
print(f.closed, reader.readline())
# Operations on closed makefile files: a TextIOWrapper, a BufferedReader.
closed_text = a.makefile("w")
closed_text.close()
closed_reader = a.makefile("rb")
closed_reader.close()
for op, args in [("read", ()), ("readline", ()), ("write", ("x",)), ("flush", ()), ("fileno", ()), ("__iter__", ())]:
    for g in (closed_text, closed_reader):
        try:
            getattr(g, op)(*args)
            print(op, "ok")
        except (ValueError, OSError) as e:
            print(op, type(e).__name__, e)
raw = a.makefile("wb", buffering=0)
print(type(raw).__name__, raw.mode, raw.name == a.fileno(), raw.write(b"raw\n"), reader.readline())
raw.close()
print(raw.name, raw.closed)
try:
    a.makefile("w", buffering=0)
except ValueError as e:
    print("ValueError:", e)

# Closing a reader sends nothing; a writer holding data at exit is flushed.
reader.close()

print(reader.closed)
binary.write(b"held at exit")
print("end of program")
