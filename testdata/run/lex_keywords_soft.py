# Soft keywords (match, case, type, _) as ordinary identifiers alongside real statements.
type = 'a string named type'
print(type)
del type
type Alias = list[int]
print(Alias.__name__, Alias.__value__)
type Pair[T] = tuple[T, T]
print(Pair.__name__, Pair.__type_params__)
def first[T](xs: list[T]) -> T:
    return xs[0]
print(first([3, 2, 1]), first.__type_params__)
class Box[T]:
    def __init__(self, item: T):
        self.item = item
print(Box(5).item, Box.__type_params__)
match, case, _ = 1, 2, 3
print(match, case, _)
