# heapq: push/pop/heapify order, replace/pushpop, merge, nlargest, nsmallest.
import heapq
import random

h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(7)], h)
data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]; heapq.heapify(data); print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
print(heapq.heappushpop([], 3))
t = [(2, 'b'), (1, 'z'), (1, 'a'), (3, 'c')]; heapq.heapify(t); print([heapq.heappop(t) for _ in range(4)])
rnd = random.Random(7)
big = [rnd.randrange(1000) for _ in range(200)]
hp = []
for x in big:
    heapq.heappush(hp, x)
print(hp[:20], [heapq.heappop(hp) for _ in range(10)])
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge(['a', 'B'], ['b', 'C'], key=str.lower)))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
print(list(heapq.merge([(1, 'a'), (2, 'a')], [(1, 'b')], key=lambda p: p[0])))
print(heapq.nlargest(3, [3, 1, 4, 1, 5, 9, 2, 6]), heapq.nsmallest(3, [3, 1, 4, 1, 5, 9, 2, 6]))
print(heapq.nlargest(2, ['aa', 'b', 'ccc'], key=len), heapq.nsmallest(2, ['aa', 'b', 'ccc'], key=len))
print(heapq.nlargest(1, []), heapq.nsmallest(0, [1]), heapq.nlargest(10, [1, 2]), heapq.nsmallest(1, [5, 2]))
m = [1, 2, 3]; heapq._heapify_max(m); print(m, heapq._heappop_max(m), m)

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: heapq.heappush(1, 2))
show(lambda: heapq.heappush([]))
show(lambda: heapq.heappop([]))
show(lambda: heapq.heapify(()))
show(lambda: heapq.heapreplace([], 1))
show(lambda: heapq.heappop())
show(lambda: heapq.heappush([1], 'a'))
print(heapq.heappush, heapq.__all__)
