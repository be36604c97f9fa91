# Long lists of 0, 0.0, None and False take the words storage too (their
# n word is zero): compiled code reads 0 and 0.0 from the words after a
# guard on the item's tag, and a 7 or 0.5 stored later turns the list back.


def ints(lst):
    t = 0
    for i in range(len(lst)):
        x = lst[i]
        if i % 3 == 0:
            t += x + 1
    return t


def floats(lst):
    t = 0.0
    for x in lst:
        t += x * 2.0 + 0.25
    return t


def mixed(lst):
    n = 0
    for x in lst:
        if x is None:
            n += 1
        elif x is False:
            n += 2
    return n


def main():
    a = [0 for _ in range(3000)]
    b = [0.0 for _ in range(3000)]
    print(ints(a), floats(b))
    a[2001] = 7
    b[1500] = 0.5
    print(ints(a), floats(b))
    c = [None if i % 2 else False for i in range(3000)]
    print(mixed(c))
    c[10] = 0
    c[11] = True
    print(mixed(c), c[9:13])


main()
