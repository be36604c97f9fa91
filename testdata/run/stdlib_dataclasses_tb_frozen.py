# dataclasses: assigning to a field of a frozen instance ends the program
# with FrozenInstanceError raised from the generated __setattr__.
from dataclasses import dataclass


@dataclass(frozen=True)
class Point:
    x: int
    y: int


p = Point(1, 2)
print(p)
p.y = 3
