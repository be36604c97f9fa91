s = 'Hello, World! straße ǅ'
print(s.upper(), s.lower(), s.casefold(), s.swapcase(), s.title(), s.capitalize())
print('hello world'.title(), "they're bill's".title(), 'ABC def'.capitalize())
print('abc'.isalpha(), 'abc1'.isalnum(), '123'.isdigit(), '½'.isnumeric(), '²'.isdigit(), '²'.isdecimal())
print(''.isalpha(), ' \t\n'.isspace(), 'Title Case'.istitle(), 'UP'.isupper(), 'low'.islower())
print('abc_1'.isidentifier(), '1abc'.isidentifier(), 'def'.isidentifier(), 'ascii'.isascii(), 'é'.isascii())
print('abc\x00'.isprintable(), 'abc'.isprintable(), '123'.isdecimal())
