# String literal forms and escapes.
print('single', "double", '''triple single''', """triple double""")
print('a\tb', 'c\\d', 'e\'f', "g\"h")
print(r'raw\n', R"raw\t", rb'\x00', Rb'\d')
print('\x41\u00e9\U0001F600\N{BULLET}'.encode('utf-8'))
print(len('\N{LATIN SMALL LETTER E WITH ACUTE}'))
print('\101\102\7'.encode())
print('implicit' ' ' "concat" '''enation''')
print(b'bytes' b' too')
s = """line1
line2\
 continued
line3"""
print(s)
print(repr('\n\r\t\x0b\x0c\x7f\x80\xa0'))
print(repr("it's"), repr('say "hi"'), repr('both \' and "'))
print('\
joined')
