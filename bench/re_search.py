# re: searching a few MB of generated text with findall, finditer, search
# and match over patterns of several kinds (literals, classes, groups,
# alternation, lookahead, backreferences). Prints counts as the checksum.
import re

WORDS = ['alpha', 'beta', 'gamma', 'delta', 'kiln', 'python', 'regex', 'search', 'the', 'and',
         'Error', 'Warning', 'info', 'x', 'value', 'naïve', 'café', 'level', 'noon', 'data']


def make_text(n_lines):
    seed = 12345
    lines = []
    for i in range(n_lines):
        parts = []
        for j in range(12):
            seed = (seed * 1103515245 + 12345) & 0x7fffffff
            k = seed % 40
            if k < 20:
                parts.append(WORDS[k])
            elif k < 26:
                parts.append(str(seed % 100000))
            elif k < 29:
                parts.append('user%d@host%d.example.com' % (seed % 97, seed % 13))
            elif k < 32:
                parts.append('%d.%d.%d.%d' % (seed % 256, seed >> 8 & 255, seed >> 16 & 255, i & 255))
            elif k < 35:
                parts.append('2024-%02d-%02d' % (seed % 12 + 1, seed % 28 + 1))
            else:
                parts.append(WORDS[k % 20].upper())
        lines.append(' '.join(parts))
    return '\n'.join(lines)


text = make_text(40000)
lines = text.split('\n')
total = 0
results = []
for pat in [r'\b\w+@\w+\.example\.com\b', r'\d{4}-\d\d-\d\d', r'\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b',
            r'(?i)error|warning', r'\b[A-Z]{4,}\b', r'(\w)\1', r'\b(\w+) \1\b', r'kiln(?= python)', r'[aeiou]{2,}',
            r'\b\w*é\w*\b']:
    found = re.findall(pat, text)
    results.append(len(found))
n = 0
for m in re.finditer(r'(?P<user>\w+)@(?P<host>\w+)', text):
    n += len(m.group('user')) + m.end('host') - m.start()
results.append(n)
date = re.compile(r'(\d{4})-(\d\d)-(\d\d)')
word = re.compile(r'^(\w+) (\w+)')
hits = 0
for line in lines:
    m = date.search(line)
    if m:
        hits += int(m.group(2))
    if word.match(line):
        hits += 1
    if re.search(r'noon|level', line):
        hits += 2
results.append(hits)
print(len(text), results)
