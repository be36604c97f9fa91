# A long list of objects (words storage) changing back to Values in the
# middle of a compiled loop: None and 0 fit the words, an int 5 does not;
# an exception raised inside the loop; storage changing between entries of
# the same loop; sort and reverse inside the loop.


class Box:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v


def fill(n):
    out = []
    for i in range(n):
        out.append(Box(i))
    return out


def store_mid_loop(lst):
    for i in range(len(lst)):
        if i == 1000:
            lst[i] = 0
        elif i == 1500:
            lst[i] = 5
        elif i % 2:
            lst[i] = None
    n = 0
    for x in lst:
        if x is None:
            n += 1
    return n, lst[1000], lst[1500], lst[1498].v


def append_mid_loop(lst):
    for i in range(3000):
        if i == 2000:
            lst.append(7)
        else:
            lst.append(Box(i))
    return len(lst), lst[-1].v


def total(lst):
    t = 0
    for x in lst:
        t += x.v
    return t


def raise_inside(lst):
    try:
        for i in range(len(lst) + 5):
            lst[i].v += 1
    except IndexError as e:
        return "IndexError: " + str(e)


def sort_in_loop(lst):
    out = []
    for k in range(3):
        lst.sort()
        out.append(lst[0].v)
        lst.reverse()
        out.append(lst[0].v)
        lst[k] = Box(-k)
    return out


def main():
    a = fill(3000)
    print(store_mid_loop(a))
    b = fill(2000)
    print(append_mid_loop(b))
    # The same loop over lists of either storage, one after the other.
    c = fill(100)
    d = fill(3000)
    e = fill(3000)
    e[7] = Box(0)
    e.append(3)
    e.pop()
    for lst in [c, d, e, c, d]:
        print(total(lst))
    print(raise_inside(fill(2000)))
    f = fill(2500)
    print(sort_in_loop(f))


main()
