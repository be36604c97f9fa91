# Code point counts and indexing of many long non-ASCII strs at once (more
# than a cache of them would hold), mixed with ASCII ones, slices that
# share text, hashing as dict keys, and strs built by concatenation, join,
# split and replace whose ASCII-ness is known without a scan.

texts = []
for i in range(3000):
    base = "aé€" * (20 + i % 13) + str(i)
    texts.append(base)
    texts.append("plain-" * (10 + i % 7) + str(i))

total = 0
for t in texts:
    total += len(t)
print("total code points", total)

checksum = 0
for k in range(3):
    for j, t in enumerate(texts):
        n = len(t)
        i = (j * 7 + k) % n
        checksum = (checksum * 31 + ord(t[i]) + ord(t[-1 - i])) % 1000000007
print("checksum", checksum)

t = texts[0]
print(t[:7], t[-5:], t[3:9:2], t[::-20][:4], len(t[5:]), t.find("€", 10), t.rfind("é"), t.index("0"))
print([c for c in t[:4]], list(reversed(t[-4:])))

counts = {}
for t in texts:
    key = t[:6]
    counts[key] = counts.get(key, 0) + 1
print(sorted(counts.items()))
print(hash(texts[1]) == hash("".join(list(texts[1]))), hash("é" * 40) == hash("é" * 20 + "é" * 20))

words = ("the quick été brown fox " * 50).split()
print(len(words), words[:5], len(set(words)), sum(len(w) for w in words))
joined = "-".join(words[:6])
print(joined, len(joined), joined[10], joined.upper()[8:12])
r = ("x" * 100).replace("x", "é", 3)
print(r[:6], len(r), r[2], r[3], r.isascii(), ("x" * 100).isascii())
s = "abc" * 30
s2 = s + "é"
print(len(s2), s2[-1], s2[-2], s2.isascii(), (s + "d").isascii())
acc = ""
for i in range(200):
    acc += "é" if i % 50 == 0 else "a"
print(len(acc), acc[0], acc[50], acc[51], acc.count("é"))
