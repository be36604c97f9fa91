0
42
1_000_000
0x_ff_FF
0o777
0O17
0b1010_1010
0B1
3.14
10.
.001
1e10
1E-5
1_0.5_0e+1_0
3j
2.5J
1e3j
0j
00
0.0
0_0
1e308
1e400
12345678901234567890123456789012345678901234567890
True, False, None, ...
"double" 'single'
'''triple
single'''
"""triple
double"""
'it\'s' "say \"hi\""
u"unicode" U"also"
r"raw\n" R'\d+'
rb"\x00" Rb'x' bR"y" BR'z' br"w"
b"bytes" B'BYTES' b"\x00\xff\n\t\\"
"escapes: \a\b\f\n\r\t\v\\ \' \" \0 \12 \123 \x41 \u00e9 \U0001F40D \N{BULLET} \N{LATIN SMALL LETTER A}"
"line \
continuation"
"unknown \q escape"
"concat" "enated" 'strings'
b"con" b"cat"
"ünïcödé 日本語 🐍"
''
b''
