def stub(): ...
def stub2():
    pass
class Empty: ...
class Empty2:
    pass
print(stub(), stub2(), Empty.__name__, Empty2.__name__)
for _ in range(2):
    ...
if True:
    pass
x = ...
print(x, x is Ellipsis, type(x).__name__, str(...))
def documented():
    """Only a docstring."""
print(documented(), documented.__doc__)
