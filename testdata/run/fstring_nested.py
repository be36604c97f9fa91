# PEP 701: quotes reused inside f-strings, nesting, multi-line expressions.
songs = ['Take me back to Eden', 'Alkaline', 'Ascensionism']
print(f"This is the playlist: {", ".join(songs)}")
print(f"{f"{f"{'deep'}"}"}")
d = {'key': 'value'}
print(f'{d['key']}', f"{d["key"]}")
print(f'{'\n'.join(['a', 'b'])}')
value = 7
print(f'{
    value
    * 2
}')
print(f'{value:{'>'}{10}}|')
print(f'{'{'}{'}'}')
items = [('pen', 1.5, 3), ('notebook', 4.25, 1)]
for item, price, qty in items:
    print(f'{item:<10}|{price:>6.2f}|{qty:^5}|{price * qty:>8.2f}')
print(f"{'a' if value > 5 else 'b'}", f'{(lambda x: x * 2)(value)}')
print(f'{value!r:>5}', f'{str(value)!r}')
