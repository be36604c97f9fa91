# A set display of three or more constants is, as in CPython 3.12, an empty
# set updated from a frozenset constant, and a display of constants that a
# for loop or comprehension iterates is that frozenset: the items arrive in
# the frozenset's order, so the sets iterate as CPython's do.
print({'a', 'b', 'c'})
print({1.5, 'x', None})
print({('a', 1), ('b', 2), ('c', 3), ('d', 4)})
print({'x', 'y'}, {'c', 'b', 'a', 'd', 'e', 'f', 'g', 'h', 'i', 'j'})
print({1, 1.0, True, 2, (1, 2), (1.0, 2)})
print({-1, 2**10, 'a' * 3, b'xy', 3j, 7.25, -0.0, 1e300, (1, (2, 'z'))})
x = 'q'
print({'a', 'b', x, 'c'}, {*'abc', 'd', 'e'})
for w in {'one', 'two', 'three', 'four', 'five'}:
    print(w, end=' ')
print()
for w in {'b', 'a'}:
    print(w, end=' ')
print()
print([w for w in {'red', 'green', 'blue', 'cyan'}])
print(sorted({w for w in {'p', 'q'}}))
def f():
    return {'alpha', 'beta', 'gamma', 'delta'}
print(f(), f() is f(), type(f()))
s = f(); s.add('eps'); print(s, f())
print('alpha' in {'alpha', 'beta', 'gamma'})
print([c for c in 'a+b-c*d' if c in {'+', '-', '*'}], 'x' not in {'x', 'y'}, 1 < 2 in {2, 3}, 2 in {2} in {True})
try:
    [] in {1, 2, 3}
except TypeError as e:
    print(e)
def blank(c):
    return c in {' ', '\t', '\n'}
print([blank(c) for c in 'a b\tc'], frozenset({' ', '\t', '\n'}) in blank.__code__.co_consts)
