# Short strs made by concatenation and slicing over and over: Kiln gives
# equal ones one str object (strShortTable); what a program can see
# besides `is` must be what CPython prints.
vocab = ["fox", "dog", "café", "ü", "naïve", "x", "0123456789", "abcdefg", "日本"]
counts = {}
for i in range(5000):
    a = vocab[i % len(vocab)]
    b = vocab[(i * 7) % len(vocab)]
    key = a + " " + b
    counts[key] = counts.get(key, 0) + 1
    plural = a + ("s" if i & 1 else "")
    counts[plural] = counts.get(plural, 0) + 1
print(len(counts), sorted(counts.items())[:8])
print(sorted((k, len(k), hash(k) == hash(str(k))) for k in counts if len(k) in (15, 16, 17, 18)))

# Slices of ASCII and non-ASCII sources, at the 16-byte boundary.
src = "total = alpha + beta12 * (gamma - délta) / épsilon_long_name_here;"
names = [src[i:j] for i in range(len(src)) for j in range(i + 1, min(len(src), i + 20) + 1)]
print(len(names), len(set(names)), names[:3], names[-3:])
print([n for n in names if n.isidentifier() and len(n) > 5][:10])
print([(s, len(s), s.upper(), s[::-1]) for s in names[100:104]])
d = {}
for n in names:
    d[n] = d.get(n, 0) + 1
print(max(d.items(), key=lambda kv: (kv[1], kv[0])), d["alpha"], d.get("délta"), d.get("é"))
# Characters, repeated slices and concatenations used as keys and compared.
parts = [src[k:k + 5] for k in range(0, 40, 5)] * 3
print(parts[:8], parts.count(src[0:5]), sorted(set(parts))[:4])
print("ab" + "cd" == "abcd", "é" + "e" == "ée", len("é" + "e"))
s = ""
for ch in "héllo wörld":
    s = s + ch
    print(s, len(s), s[-2:], s.find("ö"), end="; ")
print()
