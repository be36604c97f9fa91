# Profiles one region with kilnprof, and checks its errors.
import sys, kilnprof

def outside(n):
    s = 0
    for i in range(n):
        s += i
    return s

def inside(n):
    s = 0
    for i in range(n):
        s += i
    return s

try:
    kilnprof.stop()
except RuntimeError as e:
    print("stop:", e)
outside(300000)
kilnprof.start(sys.argv[1], 1000)
try:
    kilnprof.start(sys.argv[1])
except RuntimeError as e:
    print("start:", e)
inside(5000000)
kilnprof.stop()
outside(300000)
try:
    kilnprof.start(42)
except TypeError as e:
    print(e)
