def a(n):
    return a(n + 1)
try:
    a(0)
except RecursionError as e:
    print(type(e).__name__, e)
class Loop:
    def __getattr__(self, name):
        return self.other
try:
    Loop().x
except RecursionError as e:
    print('getattr loop:', e)
def mutual_a(): return mutual_b()
def mutual_b(): return mutual_a()
try:
    mutual_a()
except RecursionError as e:
    print('mutual:', e)
print('still alive')
raise RecursionError('maximum recursion depth exceeded (simulated)')
