samples = ['abc', 'ABC', 'Abc', 'Abc Def', '123', '١٢٣', '½', '²', 'a1', ' ', '', '\t\n', 'ab_1', '_x', '1x', 'def', 'ß', 'Ǆ', 'x\x00']
preds = ['isalpha', 'isalnum', 'isdigit', 'isdecimal', 'isnumeric', 'isspace', 'isupper', 'islower', 'istitle', 'isidentifier', 'isprintable', 'isascii']
print(' ' * 9 + ' '.join(p[2:6] for p in preds))
for s in samples:
    print(f'{s!r:>9}', ' '.join(f'{"T" if getattr(s, p)() else ".":^4}' for p in preds))
