# collections.deque with int items in compiled loops (jit/helper_deque.go):
# a BFS queue (`while q`, popleft, append), a sliding window with maxlen
# (append dropping the left item, q[0]), pop from the right and q[-1],
# and their deoptimisation: an object item in the middle of the loop, an
# empty deque raising IndexError inside the loop, an index out of range,
# a deque subclass, the deque replaced by a list.
from collections import deque


def bfs(n):
    q = deque([0])
    seen = {0: 0}
    total = 0
    while q:
        u = q.popleft()
        total += u
        for v in (u * 2 + 1, u * 2 + 2):
            if v < n and v not in seen:
                seen[v] = seen[u] + 1
                q.append(v)
    return total, len(seen), seen[n - 1]


def window(n):
    w = deque(maxlen=50)
    acc = 0
    for i in range(n):
        w.append(i)
        acc += w[0] - w[-1]
    return acc, len(w)


def drain(n):
    q = deque(range(n))
    t = 0
    while q:
        x = q.pop()
        t += x * 3 + (q[-1] if q else 0)
    return t


def object_item(n):
    q = deque(range(n))
    q.insert(n // 2, "middle")
    out = []
    while q:
        x = q.popleft()
        if not isinstance(x, int):
            out.append(x)
    return out


def empty_inside(n):
    q = deque(range(n))
    t = 0
    try:
        for i in range(n + 5):
            t += q.popleft()
    except IndexError as e:
        print("IndexError:", e, t)


def out_of_range(n):
    q = deque(range(10))
    t = 0
    try:
        for i in range(n):
            t += q[i % 12]
    except IndexError as e:
        print("IndexError:", e, t)


class Q(deque):
    def popleft(self):
        return super().popleft() * 10


def subclass(n):
    t = 0
    for cls in (deque, Q):
        q = cls(range(n))
        while q:
            t += q.popleft()
    return t


def replaced(n):
    q = deque(range(n))
    t = 0
    for i in range(n):
        if i == n // 2:
            q = list(range(n))
        t += q[i % 7]
    return t


def big_ints(n):
    q = deque([2**62, 2**62])
    t = 0
    for i in range(n):
        q.append(q.popleft())
        t += q[0]
    return t


print(bfs(20000))
print(window(5000))
print(drain(3000))
print(object_item(3000))
empty_inside(2000)
out_of_range(2000)
print(subclass(2000))
print(replaced(3000))
print(big_ints(2000))
