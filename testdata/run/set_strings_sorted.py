text = 'the cat and the hat and the bat sat'
words = set(text.split())
print(sorted(words), len(words))
vowels = set('aeiou')
print(sorted(vowels & set(text)), sorted(set(text) - vowels - {' '}))
seen, dups = set(), set()
for w in text.split():
    (dups if w in seen else seen).add(w)
print(sorted(dups))
print(sorted({w[0] for w in words}), sorted(words, key=lambda w: (len(w), w)))
