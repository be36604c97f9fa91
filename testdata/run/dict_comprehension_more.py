text = 'the quick brown fox jumps over the lazy dog the end'
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
print(freq)
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
by_len = {}
for w in sorted(set(text.split())):
    by_len.setdefault(len(w), []).append(w)
print(by_len)
inverted = {}
for k, v in freq.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
squares = {n: n * n for n in range(6) if n % 2}
print(squares, {v: k for k, v in squares.items()})
nested = {'a': {'x': 1}, 'b': {'y': 2, 'z': 3}}
flat = {f'{o}.{i}': v for o, inner in nested.items() for i, v in inner.items()}
print(flat)
print(dict(sorted(flat.items(), key=lambda kv: kv[1], reverse=True)))
print({k: v for k, v in zip(range(3), 'abc')}, dict.fromkeys(range(3), []))
