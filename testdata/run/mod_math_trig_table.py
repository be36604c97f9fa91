import math
print(f"{'deg':>4} {'sin':>9} {'cos':>9} {'tan':>12}")
for deg in range(0, 361, 30):
    r = math.radians(deg)
    t = math.tan(r) if deg % 180 != 90 else float('inf')
    print(f'{deg:>4} {math.sin(r):>9.5f} {math.cos(r):>9.5f} {t:>12.4f}')
print(round(math.sin(math.pi), 12), math.sin(math.pi))
print([round(math.sqrt(i), 6) for i in range(10)])
