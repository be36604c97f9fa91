# An object may resurrect itself from __del__; its __del__ never runs
# again.
import gc

saved = []
calls = []

class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        calls.append(self.name)
        saved.append(self)

p = Phoenix("phoenix")
del p
gc.collect()
print(calls, [x.name for x in saved])
saved[0].name = "reborn"
saved.clear()
gc.collect()
print(calls)
gc.collect()
print(calls)
