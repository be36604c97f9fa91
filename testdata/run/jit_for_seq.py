# for loops over lists and tuples compiled by the JIT: ints, floats,
# objects of one class, items changing kind or class mid-loop (guards and
# deoptimisation), the list growing or shrinking between iterations, and
# an exception raised inside the loop.


def total(xs):
    s = 0
    for x in xs:
        s += x
    return s


def ftotal(xs):
    s = 0.0
    for x in xs:
        s += x * 0.5
    return s


def dot_rows(rows):
    s = 0.0
    for r in rows:
        s += r[0] * r[1]
    return s


def count_big(t):
    n = 0
    for x in t:
        if x > 3:
            n += 1
    return n


def each_len(rows):
    n = 0
    for r in rows:
        n += len(r)
    return n


def inverse_sum(xs):
    s = 0.0
    for x in xs:
        s += 1 / x
    return s


ints = list(range(3000))
print(total(ints), total(ints))
print(ftotal([i * 0.25 for i in range(3000)]))
print(dot_rows([[float(i), 2.0] for i in range(3000)]))
print(count_big(tuple(range(4000))))
print(each_len([[1] * (i % 4) for i in range(3000)]))

# The kind of the items changes late: the guard fails, the interpreter
# finishes with the right types.
print(total(list(range(3000)) + [1.5, 2.5]))
print(total(list(range(3000)) + [True, 10**30]))
print(each_len([[1, 2]] * 2000 + [(1, 2, 3), "abcd", [5]]))
print(dot_rows([[1.0, 2.0]] * 2000 + [(3.0, 4.0), [5, 6]]))



# Items the trace does not specialise on (bools, None): tracing aborts
# before the iterator moves, so no item is skipped.
def count(xs):
    n = 0
    for x in xs:
        n += 1
    return n


print(count([True, None, False, 1] * 50), count([None] * 100), count([False] * 100))

# A tuple iterator and a list iterator through the same loop.
print(total(tuple(range(2500))), total(list(range(2600))))

# The same iterator resumed after a break: the compiled loop continues
# where the interpreter stopped.
def resumed():
    it = iter(list(range(5000)))
    first = 0
    for x in it:
        first += x
        if x == 2000:
            break
    rest = 0
    for x in it:
        rest += x
    print(first, rest)


resumed()

# An exhausted iterator stays exhausted even if its list grows.
lst = list(range(2000))
it = iter(lst)
print(total(it))
lst.append(99)
print(total(it), list(it))


# The list shrinks between two runs of the loop over one iterator.
def shrinking():
    lst = list(range(4000))
    it = iter(lst)
    s = 0
    for x in it:
        s += x
        if x == 1500:
            break
    del lst[1600:]
    for x in it:
        s += x
    print(s)


shrinking()

# An exception inside the compiled loop shows the right line.
try:
    print(inverse_sum([1.0, 2.0, 4.0] * 1000 + [0.0]))
except ZeroDivisionError as e:
    import traceback
    traceback.print_exc()
