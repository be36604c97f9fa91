# Short results of str % args made over and over: Kiln gives equal ones
# one str object (str_short.go's table, as for concatenation); what a
# program can see besides `is` must be what CPython prints.
words = []
x = 12345
for _ in range(3000):
    x = (x * 1103515245 + 12345) & 0x7fffffff
    words.append("w%d" % (x % 97))
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(len(counts), sorted(counts.items())[:5], max(counts.values()))
print(sum(len(w) for w in words), words[:6], words.count(words[0]))
print(all(hash(w) == hash("w" + w[1:]) for w in words[:50]))

# The 16-byte boundary, non-ASCII text, widths and precisions, repr.
for n in (7, 8, 9, 10):
    s = "%0*d" % (n + 6, n)
    print(repr(s), len(s), s == str(n).zfill(n + 6), hash(s) == hash(str(n).zfill(n + 6)))
for i in range(3):
    for fmt in ("é%d", "%s-日本", "%-6s|", "%.3f", "%r", "%x%X", "%c"):
        arg = 65 + i if fmt in ("%c", "%x%X") else i
        if fmt == "%x%X":
            arg = (arg, arg)
        r = fmt % arg
        print(fmt, repr(r), len(r), r.upper(), r.isascii(), r[::-1], r.encode())
print("%s%s" % ("", ""), repr("%s" % ""), "%%" % (), "a%%b" % ())
d = {"%d" % i: i for i in range(20)}
print(d["7"], d.get("1" + "9"), "%d" % 12 in d, sorted(d)[:4])
print("%(a)s/%(b)s" % {"a": "x", "b": "é"}, "%5.1f|" % 2.25)
