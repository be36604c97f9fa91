# A for-range loop over floats with a global and math.sqrt. Expected: the
# range iterator fields read and written with getfield_gc_i/setfield_gc,
# guard_dict_version on the globals and the math module only in the
# preamble, call_f(sqrt) guarded finite, float ops unboxed.
import math
SCALE = 0.5
def f(n):
    t = 0.0
    for j in range(n):
        t += math.sqrt(j) * SCALE
    return t
print(f(3000))
