def f(a: int, b: 'str' = 'x', *args: float, c: list[int] = None, **kw: dict) -> tuple:
    return a, b
print(f.__annotations__)
x: int = 5
y: list[str]
print(__annotations__)
class C:
    attr: int = 1
    other: 'C'
    def m(self) -> None: pass
print(C.__annotations__, C.m.__annotations__, C.attr)
def g(): pass
print(g.__annotations__)
lst = [0]
lst[0]: int = 3
print(lst)
