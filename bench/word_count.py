# word count: dict-heavy counting of words in generated text.
import sys

WORDS = ("the quick brown fox jumps over the lazy dog and then the dog "
         "sleeps while a fox runs far away into green hills under blue sky").split()


def make_text(n):
    # A deterministic pseudo-random word stream (linear congruential).
    state = 12345
    out = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(WORDS[state % len(WORDS)] + ("s" if state & 16 else ""))
    return " ".join(out)


def count(text):
    counts = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    pairs = {}
    words = text.split()
    for a, b in zip(words, words[1:]):
        key = a + " " + b
        if key in pairs:
            pairs[key] += 1
        else:
            pairs[key] = 1
    return counts, pairs


n = int(sys.argv[1]) if len(sys.argv) > 1 else 300000
counts, pairs = count(make_text(n))
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(counts), len(pairs), top)
print(sum(counts.values()), max(pairs.values()))
