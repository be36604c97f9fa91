"""A doubly linked list, written the long way."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, Iterator, Optional, TypeVar

T = TypeVar("T")


@dataclass
class Node(Generic[T]):
    value: T
    prev: Optional["Node[T]"] = None
    next: Optional["Node[T]"] = field(default=None, repr=False)


class LinkedList(Generic[T]):
    """A list with O(1) append and pop at both ends."""

    def __init__(self, items=()):
        self.head: Optional[Node[T]] = None
        self.tail: Optional[Node[T]] = None
        self._len = 0
        for item in items:
            self.append(item)

    def __len__(self) -> int:
        return self._len

    def __iter__(self) -> Iterator[T]:
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def __repr__(self):
        return f"{type(self).__name__}([{', '.join(map(repr, self))}])"

    def append(self, value: T) -> None:
        node = Node(value, prev=self.tail)
        if self.tail is None:
            self.head = self.tail = node
        else:
            self.tail.next = node
            self.tail = node
        self._len += 1

    def popleft(self) -> T:
        if not self.head:
            raise IndexError("pop from empty list")
        node, self.head = self.head, self.head.next
        if self.head is None:
            self.tail = None
        else:
            self.head.prev = None
        self._len -= 1
        return node.value

    def reverse(self):
        node = self.head
        self.head, self.tail = self.tail, self.head
        while node:
            node.prev, node.next = node.next, node.prev
            node = node.prev


if __name__ == "__main__":
    ll = LinkedList(range(5))
    ll.reverse()
    print(ll, len(ll), ll.popleft())
