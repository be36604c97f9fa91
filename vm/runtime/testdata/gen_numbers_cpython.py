"""Regenerates numbers_cpython.txt: each expression of numbers_cases.txt
with the result CPython 3.12 gives it (repr, or "!! Type: message").

    python3.12 gen_numbers_cpython.py
"""
import sys, warnings
warnings.simplefilter("ignore")
assert sys.version_info[:2] == (3, 12), sys.version
out = []
for line in open("numbers_cases.txt", encoding="utf-8"):
    line = line.rstrip("\n")
    if not line or line.startswith("#"):
        continue
    try:
        r = repr(eval(line))
    except Exception as e:
        r = "!! %s: %s" % (type(e).__name__, e)
    out.append(line + "\t" + r)
with open("numbers_cpython.txt", "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
