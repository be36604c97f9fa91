parts = []
for i, word in enumerate(['naïve', 'façade', 'Ωmega', '日本語', 'emoji 🎉']):
    parts.append(f'{i}:{word}({len(word)})')
print(', '.join(parts))
s = 'Straße ǅungla ﬁne İstanbul'
print(s.upper(), s.lower(), s.casefold(), len(s.upper()), len(s))
print('ß'.upper(), 'ﬁ'.upper(), 'İ'.lower().encode('utf-8'), 'Σ'.lower(), 'ΌΣΟΣ'.lower())
print('日本語'[::-1], '日本語'[1], list('héllo'), 'é' == 'e\u0301', len('e\u0301'))
print('abc'.center(11, '·'), '→'.join('abc'), '\t'.join(['a', 'b']).expandtabs(4))
print(sorted(['é', 'e', 'z', 'a', 'É', 'E']), max('日本語'), ord(max('日本語')))
print('x'.ljust(3, '中') + '|', 'résumé'.title(), '3rd ÅNGSTRÖM'.capitalize())
print('١٢٣'.isdigit(), '١٢٣'.isdecimal(), int('١٢٣'), 'Ⅻ'.isnumeric(), 'Ⅻ'.isdigit())
