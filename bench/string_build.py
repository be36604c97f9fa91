# string building: concatenation, join, formatting, slicing and methods.
import sys


def build(n):
    parts = []
    for i in range(n):
        s = "item-" + str(i)
        if i % 3 == 0:
            s = s.upper()
        elif i % 3 == 1:
            s = s.replace("-", "_")
        parts.append("%s:%d;" % (s, len(s)))
    text = "".join(parts)
    acc = ""
    for i in range(0, min(n, 20000)):
        acc += chr(97 + i % 26)
    checksum = 0
    for i in range(0, len(text), 7):
        checksum = (checksum * 31 + ord(text[i])) % 1000000007
    return len(text), len(acc), checksum, text[:30], acc[-10:]


n = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
print(build(n))
