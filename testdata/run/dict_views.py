d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d['d'] = 4
print(len(k), list(v), ('d', 4) in it, 'a' in k, 3 in v)
print(sorted(k & {'a', 'x'}), sorted(k | {'x'}), sorted(k - {'a'}), sorted(k ^ {'a', 'z'}))
print(sorted(it & {('a', 1)}), k == {'a', 'b', 'c', 'd'}, k.isdisjoint({'q'}))
try:
    for key in d:
        d[key + key] = 0
except RuntimeError as e:
    print(e)
print(sorted(d))
print(d.keys().mapping == d if hasattr(d.keys(), 'mapping') else None)
