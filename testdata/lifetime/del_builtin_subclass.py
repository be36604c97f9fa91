import gc

# An exception in the __del__ of a subclass of a builtin type is printed and
# ignored, as for plain instances.
class Bad(dict):
    def __del__(self):
        raise ValueError("boom in " + type(self).__name__)

class BadList(list):
    def __del__(self):
        print("__del__ BadList", list(self))
        raise KeyError(len(self))

b = Bad(a=1)
del b
gc.collect()
print("after Bad")
l = BadList([1, 2])
del l
gc.collect()
print("end")
