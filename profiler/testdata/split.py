# Spends 70% of its time in heavy() and 30% in light(): the same loop,
# 7 and 3 units of work per round, alternating in rounds of about a
# millisecond. It prints the share of time it measured itself.
import sys, time

def heavy(n):
    s = 0
    for i in range(n):
        s += i * 3
    return s

def light(n):
    s = 0
    for i in range(n):
        s += i * 3
    return s

def main(seconds):
    unit = 4000
    th = tl = 0.0
    end = time.process_time() + seconds
    while time.process_time() < end:  # a system call: not every round
        for _ in range(20):
            t0 = time.perf_counter()
            heavy(7 * unit)
            t1 = time.perf_counter()
            light(3 * unit)
            t2 = time.perf_counter()
            th += t1 - t0
            tl += t2 - t1
    print("measured heavy %.3f light %.3f" % (th / (th + tl), tl / (th + tl)))

main(float(sys.argv[1]) if len(sys.argv) > 1 else 2.0)
