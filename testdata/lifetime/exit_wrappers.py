# Wrappers over Python streams still open at exit are flushed and closed,
# newest first, before the files they wrap; atexit handlers can still
# write through them.
import atexit, io, sys

# A text wrapper over a binary file, both left open.
f = open("text.txt", "wb")
t = io.TextIOWrapper(f, encoding="utf-8")
t.write("text over file\n")

# Three layers: text over buffered over raw.
raw = open("layers.txt", "wb", buffering=0)
layers = io.TextIOWrapper(io.BufferedWriter(raw), encoding="utf-8")
layers.write("three layers\n")

# A buffered writer over a user raw stream that appends to a file.
class Appender(io.RawIOBase):
    def writable(self):
        return True
    def write(self, data):
        with open("user.txt", "ab") as g:
            g.write(bytes(data))
        return len(data)

w = io.BufferedWriter(Appender())
w.write(b"through a user stream\n")

# A wrapper over sys.stdout.buffer, interleaved with print.
out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8")
print("print before the wrapper's text")
out.write("through stdout's buffer\n")

# A wrapper whose stream fails at exit: reported, and the rest still closes.
class Broken(io.RawIOBase):
    def writable(self):
        return True
    def write(self, data):
        raise OSError("disk on fire")

broken = io.TextIOWrapper(Broken(), encoding="utf-8")
broken.write("never written")

# atexit handlers write through an existing wrapper and a new one.
def at_exit():
    t.write("from atexit\n")
    late = io.TextIOWrapper(open("late.txt", "wb"), encoding="utf-8")
    late.write("wrapper made in atexit\n")

atexit.register(at_exit)
print("end of module")
