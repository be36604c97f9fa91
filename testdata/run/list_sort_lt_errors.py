# Comparisons that raise or return NotImplemented during a sort.


class Boom:
    def __init__(self, v, limit):
        self.v, self.limit = v, limit
        Boom.calls = 0

    def __lt__(self, other):
        Boom.calls += 1
        if Boom.calls > self.limit:
            raise ValueError(f'comparison {Boom.calls}')
        return self.v < other.v

    def __repr__(self):
        return f'B{self.v}'


for limit in (0, 1, 5, 50, 200):
    items = [Boom(v * 37 % 101, limit) for v in range(100)]
    try:
        items.sort()
        print(limit, 'sorted', items[:3])
    except ValueError as e:
        # The list holds every item still, in some order.
        print(limit, e, Boom.calls, sorted(x.v for x in items) == sorted(v * 37 % 101 for v in range(100)))


class NoOrder:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return NotImplemented

    def __repr__(self):
        return f'N{self.v}'


class Reflected:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return NotImplemented

    def __gt__(self, other):
        print('gt', self.v, other.v)
        return self.v > other.v

    def __repr__(self):
        return f'R{self.v}'


try:
    sorted([NoOrder(1), NoOrder(2)])
except TypeError as e:
    print('TypeError:', e)
print(sorted([Reflected(2), Reflected(1), Reflected(3)]))
try:
    sorted([1, 'a', 2])
except TypeError as e:
    print('TypeError:', e)
try:
    sorted([3, 1, 2], key=lambda x: 1 / (x - 1))
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)


class Truthy:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return [1] if self.v < other.v else ''

    def __repr__(self):
        return f'T{self.v}'


print(sorted([Truthy(3), Truthy(1), Truthy(2)]))
# A list changed by __lt__ while it sorts.
victim = []


class Meddler:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        victim.append(self)
        return self.v < other.v


victim.extend(Meddler(v) for v in (3, 1, 2))
try:
    victim.sort()
except ValueError as e:
    print('ValueError:', e, len(victim))
