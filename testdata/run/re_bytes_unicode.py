# re: bytes patterns (ASCII semantics) and str patterns (Unicode semantics).
import re

print(re.findall(rb'\w+', b'caf\xe9 na\xefve ok'), re.findall(r'\w+', 'café naïve ok'))
print(re.findall(rb'\d', b'1\xb2'), re.findall(r'\d', '1²٣'), re.findall(r'\s', '\xa0\u2028 x'), re.findall(rb'\s', b'\xa0 \x1c'))
print(re.match(rb'(?i)caf\xc9', b'caf\xe9'), re.match(r'(?i)café', 'CAFÉ'), re.match(r'(?i)[é]', 'É'))
print(re.match(rb'\xff+', b'\xff\xff'), re.match(b'[\x80-\xff]+', b'\x90\xa0a'))
print(re.sub(rb'(\w+)', rb'<\1>', b'ab cd'), re.split(rb'\s', b'a b'), re.escape(b'a-b'))
print(re.search(r'\bπ\b', 'x π y'), re.findall(r'\w+', 'αβγ δε'), re.sub(r'\W', '_', 'a€b'))
print(re.findall('[α-ω]+', 'abc αβγ'), re.findall(r'(?i)Σ', 'σςΣ'), re.findall(r'\U0001F600', 'a😀b'))
m = re.search('(é+)(😀)', 'xéé😀y')
print(m, m.span(), m.span(2), m.group(1), m.start(2))
print(re.search(b'b', bytearray(b'abc')), re.search(b'b', memoryview(b'abc')))
print(re.match(rb'\x41', b'A'), re.match(b'[^a]', b'\xe9'), re.findall(rb'(?i)[a-z]', b'AbZ\xc0'))
print(re.fullmatch(r'\w+', 'ǅungla'), re.findall(r'[\w-]', 'a-b'), re.findall(r'\d+', '١٢٣ 456'))
