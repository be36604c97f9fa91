# Stores of objects and None over instance attributes holding objects or
# None in compiled loops (a pointer store through the write barrier):
# linked lists relinked, two attributes swapped, a queue rotated, and
# guards failing when an attribute changes kind.


class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.next = nxt


class Queue:
    def __init__(self):
        self.head = None
        self.spare = None


def rotate(q, n):
    total = 0
    for i in range(n):
        node = q.head
        q.head = q.spare
        q.spare = node
        if node is not None:
            total += node.v
    return total, q.head.v, q.spare.v


q = Queue()
q.head = Node(1, None)
q.spare = Node(2, None)
print(rotate(q, 3001))


def swap(a, b, n):
    for i in range(n):
        t = a.next
        a.next = b.next
        b.next = t
    return a.next.v, b.next.v


a = Node(0, Node(10, None))
b = Node(1, Node(11, None))
print(swap(a, b, 1001))


def relink(head, n):
    # Move the node after head to the end, n times.
    for i in range(n):
        first = head.next
        if first is None or first.next is None:
            break
        head.next = first.next
        last = head.next
        while last.next is not None:
            last = last.next
        last.next = first
        first.next = None
    out = []
    node = head.next
    while node is not None:
        out.append(node.v)
        node = node.next
    return out


head = Node(-1, None)
for v in range(8, 0, -1):
    head.next = Node(v, head.next)
print(relink(head, 1000))


def cursor(nodes, n):
    class Cursor:
        pass
    c = Cursor()
    c.at = nodes[0]
    c.prev = None
    s = 0
    for i in range(n):
        c.prev = c.at
        c.at = nodes[i % len(nodes)]
        s += c.at.v - c.prev.v
    c.at = None
    return s, c.at, c.prev.v


print(cursor([Node(k * k, None) for k in range(7)], 5000))


def kind_changes(q, n):
    k = 0
    for i in range(n):
        q.spare = q.head
        if i == 1000:
            q.spare = 5              # an object attribute becomes an int
        if i == 1500:
            q.head = None
        if q.spare is None:
            k += 1
    return k, q.spare


q = Queue()
q.head = Node(3, None)
print(kind_changes(q, 2000))


def churn(n):
    # Stored objects are fresh each iteration: the old ones die.
    q = Queue()
    q.head = Node(0, None)
    s = 0
    for i in range(n):
        old = q.head
        q.head = Node(i, None) if i % 50 == 0 else old
        q.spare = old
        s += q.spare.v
    return s, q.head.v


print(churn(5000))
