x = 'global x'
print([x for x in range(3)], x)
class C:
    v = 10
    try:
        listed = [v for _ in range(2)]
    except NameError as e:
        listed = str(e)

print(C.listed)
class D:
    v = [1, 2]
    doubled = [i * 2 for i in v]
print(D.doubled)
def f():
    y = 5
    return [y * i for i in range(3)], {i: y for i in 'ab'}, {y + i for i in range(2)}, list(y - i for i in range(2))
print(f())
print([(i, j) for i in range(3) for j in range(i)])
print([[i * j for j in range(3)] for i in range(3)])
print({i % 3 for i in range(10)}, {k: v for k, v in zip('abc', [1, 2, 3]) if v != 2})
funcs = [lambda: i for i in range(3)]
print([g() for g in funcs])
try:
    [undefined_in_comp for _ in range(1)]
except NameError as e:
    print(e)
print([i for i in range(10) if i % 2 if i % 3])
