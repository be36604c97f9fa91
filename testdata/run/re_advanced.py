# re: lookaround, backreferences, atomic groups, possessive quantifiers, conditionals.
import re

tests = [
    (r'foo(?=bar)', 'foobaz foobar'), (r'foo(?!bar)', 'foobar foobaz'), (r'(?<=\$)\d+', 'cost $42'),
    (r'(?<!\$)\b\d+', '$42 17'), (r'(?<=ab|cd)x', 'cdx'), (r'(?<=(a))b', 'ab'), (r'(?=(a+))a*b\1', 'baaabac'),
    (r'(\w)\1', 'hello'), (r'(?i)(a)\1', 'aA'), (r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" \'x\''),
    (r'(a)|\1', 'x'), (r'(a)?b\1', 'b'), (r'(?>a+)b', 'aaab'), (r'(?>a+)a', 'aaaa'), (r'(?>a|ab)c', 'abc'),
    (r'a*+a', 'aaa'), (r'a++b', 'aab'), (r'a?+a', 'a'), (r'(ab)*+ab', 'ababab'), (r'a{1,2}+a', 'aaa'),
    (r'(?:ab)++', 'ababx'), (r'\d*+\.', '123.'), (r'(<)?\w+(?(1)>)', '<a> b <c'), (r'(?P<q><)?\w+(?(q)>|$)', 'ab'),
    (r'(a)?(?(1)b|c)d', 'cd abd ad'), (r'^(?:(a)|b)(?(1)x|y)$', 'by'), (r'(?=.*\d)(?=.*[a-z]).{4,}', 'ab1c'),
    (r'((?=(\d))\d)+', '123'), (r'(?!a)\w+', 'abc'), (r'\b(\w+)\s+\1\b', 'the the cat'), (r'(a*)*b', 'aab'),
    (r'(a*?)*b', 'aab'), (r'(?:a|b)*?c', 'abac'), (r'(a+|b+)*c', 'aabbc'), (r'(?:(a)|(b))*', 'ab'),
    (r'(x)?(?(1)a|b)+', 'bbb'), (r'(?<=a)(?<!b)c', 'ac bc'), (r'(?<![a-z])\d', 'a1 2'), (r'.*(?<=x)', 'axbxc'),
    (r'(a{2,3}?)+?b', 'aaaab'), (r'(?:a{0})*x', 'x'), (r'(?:)*x', 'x'), (r'(?:a|)*x', 'aax'), (r'(|a)+b', 'ab'),
]
for pat, s in tests:
    m = re.search(pat, s)
    print(repr(pat), m, m and m.groups(), re.findall(pat, s))
print(re.match(r'(a+)+$', 'a' * 16 + 'b'))
print(re.fullmatch(r'(?:a|b)*', 'ab' * 5000) is not None, len(re.findall(r'(?:ab)+', 'ab' * 20000)[0]))
print(re.search(r'x(.*)y', 'x' + 'z' * 100000 + 'y').span(1), len(re.sub(r'(\w)', r'\1\1', 'ab' * 1000)))
