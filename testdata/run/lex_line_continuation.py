total = 1 + \
        2 + \
        3
print(total)
text = ('implicit '
        'concatenation '
        "across lines")
print(text)
values = {
    'a': [1,
          2],
    'b': (3,
          4),
}
print(values)
if (total > 5 and
        text):
    print('multi-line condition')
def long_signature(first,
                   second=2,
                   *rest,
                   **options):
    return first, second, rest, options
print(long_signature(1,
                     3,
                     4,
                     flag=True))
assert total == 6, \
    'message'
with open('lex_line_continuation.py') as f1, \
     open('lex_line_continuation.py') as f2:
    print(f1.readline() == f2.readline())
