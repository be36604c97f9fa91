def total(*nums, scale=1):
    return sum(nums) * scale
print(total(*(x for x in range(5))), total(*map(int, '123'), scale=2))
print(sorted(x % 5 for x in range(12)))
print(dict(zip('abc', range(3))), list(map(lambda p: p[0] * p[1], zip([1, 2], [3, 4]))))
def apply(fn, *args, **kwargs):
    return fn(*args, **kwargs)
print(apply(max, 3, 9, 2), apply(sorted, [3, 1], reverse=True), apply(str.join, '-', 'abc'))
print(apply(lambda **kw: sorted(kw), z=1, a=2))
