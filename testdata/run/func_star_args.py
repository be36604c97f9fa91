def show(*args, **kwargs):
    print(args, kwargs)
show()
show(1, *[2, 3], *(4,), 5)
show(**{'a': 1}, b=2, **{'c': 3})
show(*'ab', *range(2), sep='x')
show(*[], **{})
lst = [1, 2, 3]
print(*lst)
print(*lst, sep=', ')
print(*'hello', sep='-', end='!\n')
def first_rest(first, *rest): return first, rest
print(first_rest(*range(5)))
try:
    show(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print(e)
try:
    show(**{1: 2})
except TypeError as e:
    print(e)
try:
    show(*5)
except TypeError as e:
    print(e)
try:
    show(**[1])
except TypeError as e:
    print(e)
