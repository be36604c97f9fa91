# bisect: left/right search, insort, lo/hi bounds, key=, errors.
import bisect

a = [1, 2, 2, 2, 3, 5]
for x in [0, 1, 2, 3, 4, 5, 6]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 2, hi=1))
l = [1, 3]; bisect.insort(l, 2); bisect.insort_left(l, 2); bisect.insort_right(l, 0); print(l)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('d', 4), key=lambda r: r[1]); print(recs)
print(bisect.bisect_left('acegi', 'f'), bisect.bisect(range(0, 100, 10), 35), bisect.bisect((1.5, 2.5), 2.0))
grades = 'FDCBA'
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: bisect.bisect([1], 1, -1))
show(lambda: bisect.bisect(1, 1))
show(lambda: bisect.insort((1,), 1))
show(lambda: bisect.bisect([1], 1, 0, 'a'))
show(lambda: bisect.bisect([1]))
show(lambda: bisect.bisect_left([1], 1, hi=-5))
show(lambda: bisect.bisect([1, 'a'], 2))
