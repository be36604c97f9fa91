# Comparisons, including chained ones.
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(1 == 1.0 == True, 'a' < 'b' < 'c')
print(1 < 2 > 0, 1 != 2 != 1)
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(0) < v(5))
print(calls)
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), [] < [0])
print('abc' < 'abd', 'Z' < 'a', '' < 'a')
x = 5
print(0 <= x < 10, x in [5], x not in (1, 2), x is x, x is not None)
print(None is None, None == None)
print(float('nan') == float('nan'), float('nan') != float('nan'))
nan = float('nan')
print(nan in [nan], [nan] == [nan])
