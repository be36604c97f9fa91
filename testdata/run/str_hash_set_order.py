# Under PYTHONHASHSEED=0 (as the corpus runs) str hashes are CPython's
# SipHash-1-3 ones, over the Latin-1, UCS-2 or UCS-4 form of non-ASCII
# text, so sets of strs iterate in CPython's order. Kiln keeps the low 30
# bits of the hash, which decide the slots.
import collections.abc

words = "the quick brown fox jumps over the lazy dog and then sleeps".split()
s = set()
for w in words:
    s.add(w)
print(s)
print(set(words), frozenset(words))
print(set(w.upper() for w in words) | {"extra", "more"})
print({"é", "ü", "日本", "x", "😀", "ÿ", "Ā", "a😀b"} - {"x"})
print(set(["\ud800", "a\udfffb", "", "zz"]))
print(collections.abc.Set.__abstractmethods__)
print({k: 1 for k in words}.keys() & set(words[:5]))
for t in ["", "a", "abc", "héllo", "日本語", "😀", "hello world, a longer text"]:
    print(repr(t), hash(t) & 0x3FFFFFFF)
print(hash(b"abc") & 0x3FFFFFFF == hash("abc") & 0x3FFFFFFF)
s = set(str(i) for i in range(100))
print(list(s)[:20])
for w in words[:6]:
    s.discard(str(len(w)))
print(sorted(s)[:5], len(s))
