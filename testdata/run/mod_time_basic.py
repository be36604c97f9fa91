import time
t0 = time.time()
m0 = time.monotonic()
p0 = time.perf_counter()
total = sum(i * i for i in range(10000))
time.sleep(0.01)
print(total, time.time() >= t0, time.monotonic() - m0 >= 0.009, time.perf_counter() > p0)
print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.monotonic_ns()).__name__)
g = time.gmtime(0)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_wday, g.tm_yday, tuple(g)[:6])
g2 = time.gmtime(1700000000)
print(tuple(g2), time.strftime('%Y-%m-%d %H:%M:%S', g2), time.strftime('%a %b %d %j', g2))
print(time.asctime(g2), time.mktime(time.localtime(1700000000)) == 1700000000.0)
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
