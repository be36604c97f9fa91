name = "_kiln_test_io_encodings_reconfigure.txt"
with open(name, "wb") as f:
    f.write(b"ab\x81c")
with open(name, encoding="cp1252") as f:
    f.reconfigure(errors="replace")
    print(f.errors, ascii(f.read()))
import os
os.remove(name)
