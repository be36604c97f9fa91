# Deoptimisation of the compiled dict paths (jit/helper.go): the key's
# type changes in the middle of the loop, a value of another kind, a
# KeyError raised inside the loop, keys equal to ints but not ints
# (1.0, True), a dict subclass with __missing__ and one with its own
# __getitem__, and the dict replaced by another object.


def key_type_change(n):
    d = {i: i for i in range(50)}
    d["a"] = 100
    t = 0
    for i in range(n):
        k = i % 50 if i != n // 2 else "a"
        t += d[k]
    return t


def value_kind_change(n):
    d = {i: i for i in range(20)}
    t = 0
    for i in range(n):
        if i == n // 3:
            d[5] = 2.5
        if i == 2 * n // 3:
            d[6] = "x"
        v = d[i % 20]
        t += v if not isinstance(v, str) else 1000
    return t


def key_error(n):
    d = {i: i for i in range(100)}
    t = 0
    try:
        for i in range(n):
            t += d[i]
    except KeyError as e:
        print("KeyError", e, t)


def float_and_bool_keys(n):
    d = {1.0: 10, True: 20, 2: 30}
    t = 0
    for i in range(n):
        k = i % 4
        t += d.get(k, -1)
        if k in d:
            t += 1
        d[k] = d.get(k, 0) + 1
    return t, sorted(d.items(), key=repr)


class Missing(dict):
    def __missing__(self, key):
        return key * 2


class Own(dict):
    def __getitem__(self, key):
        return 7


def subclasses(n):
    t = 0
    for cls in (dict, Missing, Own):
        d = cls({i: i for i in range(0, 50, 2)})
        for i in range(n):
            try:
                t += d[i % 50]
            except KeyError:
                t -= 1
    return t


def replaced(n):
    d = {i: i for i in range(10)}
    t = 0
    for i in range(n):
        if i == n // 2:
            d = [i * 3 for i in range(10)]
        t += d[i % 10]
    return t


def store_hash_collision(n):
    # keys of the same hash that are not ints make the store leave
    class K:
        def __init__(self, h):
            self.h = h

        def __hash__(self):
            return self.h

        def __eq__(self, other):
            return False

    d = {}
    for i in range(n):
        if i == n // 2:
            d[K(3)] = 0
        d[i % 7] = i
    return sorted((k, v) for k, v in d.items() if isinstance(k, int))


def overflow(n):
    d = {0: 2**62}
    t = 0
    for i in range(n):
        t += d[0]
    return t


print(key_type_change(3000))
print(value_kind_change(3000))
key_error(3000)
print(float_and_bool_keys(2000))
print(subclasses(2000))
print(replaced(3000))
print(store_hash_collision(3000))
print(overflow(2000))
