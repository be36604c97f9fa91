# Compiled loops leaving through their guards in the middle of a run: a
# value that changes type, an exception raised inside the loop, an int
# addition that overflows into a big int, a list that shrinks, an
# attribute that becomes None; each exit resumes in the interpreter at
# the right instruction with the right values.


def type_change(n):
    s = 0
    x = 1
    for i in range(n):
        if i == n // 2:
            x = 1.5
        s += x
        s = s * 1
    return s


def exception_inside(n):
    s = 0
    caught = 0
    data = [1, 2, 3, 0, 5]
    for i in range(n):
        try:
            k = i % 5 if i > n // 2 else (0, 1, 2, 4)[i % 4]
            s += 100 // data[k]
        except ZeroDivisionError:
            caught += 1
    return s, caught


def overflow(n):
    s = 1
    for i in range(n):
        s = s * 3 + i
        if s > 1 << 200:
            s = s % 1000003
    return s


def shrinking(n):
    xs = list(range(40))
    total = 0
    for i in range(n):
        if len(xs) > 1 and i % 50 == 49:
            xs.pop()
        total += xs[i % len(xs)]
    return total, len(xs)


class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt


def walk(n):
    head = None
    for i in range(20):
        head = Node(i, head)
    total = 0
    for i in range(n):
        node = head
        steps = 0
        while node is not None:
            total += node.v
            node = node.nxt
            steps += 1
        if i == n // 2:
            head.nxt.nxt = None
    return total


def raises_out(n):
    s = 0
    for i in range(n):
        s += i
        if i == n - 7:
            raise ValueError(f"stop at {i}, s={s}")
    return s


print(type_change(2000))
print(exception_inside(2000))
print(overflow(300))
print(shrinking(3000))
print(walk(400))
try:
    raises_out(2000)
except ValueError as e:
    print("ValueError:", e)
