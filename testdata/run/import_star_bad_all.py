# `from m import *` checks each item of m.__all__; stores of module-level
# names go through the code's own name strs.
for i in range(3):
    total = i * 10
print(total)
try:
    from lib.stars_bad_all import *
except TypeError as e:
    print("TypeError:", e)
from lib.stars import *
print(public)
