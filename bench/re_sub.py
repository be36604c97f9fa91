# re: substitution over a few MB of generated text: sub with templates
# (group references, applied per line), with functions, subn with counts,
# and split.
import re

WORDS = ['alpha', 'beta', 'gamma', 'delta', 'kiln', 'python', 'regex', 'search', 'the', 'and',
         'Error', 'Warning', 'info', 'x', 'value', 'naïve', 'café', 'level', 'noon', 'data']


def make_text(n_lines):
    seed = 54321
    lines = []
    for i in range(n_lines):
        parts = []
        for j in range(10):
            seed = (seed * 1103515245 + 12345) & 0x7fffffff
            k = seed % 30
            if k < 20:
                parts.append(WORDS[k])
            elif k < 25:
                parts.append(str(seed % 10000))
            else:
                parts.append('%s=%d' % (WORDS[k - 10], seed % 1000))
        lines.append('  '.join(parts) + ' ')
    return '\n'.join(lines)


text = make_text(40000)
out = []
# Templates are applied line by line: PyPy's sub with group references is
# quadratic in the length of the subject.
lines = text.split('\n')
kv = re.compile(r'(\w+)=(\d+)')
s1 = '\n'.join([kv.sub(r'\2:\1', line) for line in lines])
out.append(len(s1))
s2 = re.sub(r'\d+', lambda m: str(int(m.group()) * 2), text)
out.append(len(s2))
s3, n3 = re.subn(r'\s+', ' ', text)
out.append((len(s3), n3))
s4 = '\n'.join([re.sub(r'(?i)\b(error|warning)\b', r'<\g<1>>', line) for line in lines])
out.append(len(s4))
s5 = re.sub(r'[aeiou]', '', text)
out.append(len(s5))
named = re.compile(r'(?P<w>[a-z]+)(?P<n>\d*)')
s6 = '\n'.join([named.sub(r'\g<n>\g<w>', line, count=5) for line in lines])
out.append(len(s6))
parts = re.split(r'\s*=\s*|\n', text)
out.append(len(parts))
total = 0
line_pat = re.compile(r'\b(\w)(\w*)\b')
for line in lines[:20000]:
    total += len(line_pat.sub(lambda m: m.group(1).upper() + m.group(2), line))
out.append(total)
print(out, s1[:60], s2[-40:], s4[100:160])
