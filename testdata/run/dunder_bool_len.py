class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print('bool called')
        return self.v
print(bool(B(True)), not B(False), 'y' if B(True) else 'n')
class L:
    def __len__(self):
        print('len called')
        return 2
print(bool(L()))
class Both:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(Both()))
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
print(B(True) and 'after', B(False) or 'fallback')
x = B(False)
print(x if x else 'falsy obj')
