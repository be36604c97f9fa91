class Box:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]'
print(Box[int], Box['x'], Box[3])
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__)
print(list[int]([1, 2]), list[int].__origin__, dict[str, int].__args__)
print(int | str, int | None, isinstance(3, int | str), isinstance(None, int | None))
try:
    int[0]
except TypeError as e:
    print(e)
