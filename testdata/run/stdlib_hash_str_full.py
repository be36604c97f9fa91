# hash() of a str (and bytes, and a tuple or frozenset holding strs) is all
# 64 bits of CPython's SipHash under PYTHONHASHSEED=0, and a large set of
# strs, whose probes reach the hash bits above those a str caches,
# iterates in CPython's order.
print(hash('a'), hash('hello world'), hash(''), hash('é'), hash('日本'), hash('😀'))
print(str.__hash__('abc'), 'abc'.__hash__())
class S(str):
    pass
class H(str):
    def __hash__(self):
        return 42
print(hash(S('a')) == hash('a'), S('x').__hash__() == hash('x'), hash(H('a')))
print(hash(('a', 'b')), hash(('a', 1)), hash((('x',), 'y')), hash(frozenset({'a', 'b', 'c'})))
print(hash(frozenset({('a', 1)})), hash(frozenset([S('p'), 'q'])))
print(hash(b'abc'), hash(b'\xff\xfe'), hash(memoryview(b'\xff')), hash(b''), hash(bytes(range(256))))
print(hash(b'abc') == hash('abc'), hash(b'\xe9') == hash('é'))
print(set(('x', i) for i in range(10)))
print(set([('k', 'v'), ('a', 'b'), ('z', 'y'), ('m', 'n')]))
d = {S('a'): 1}
print(d['a'], 'a' in {S('a')}, S('a') in {'a'})


def order_sum(seq):
    return sum(i * int(x[1:]) for i, x in enumerate(seq)) % 1000000007


s = set('k%d' % i for i in range(150000))
print(len(s), list(s)[:5], order_sum(s))
for i in range(0, 150000, 3):
    s.discard('k%d' % i)
for i in range(150000, 170000):
    s.add('k%d' % i)
print(len(s), order_sum(s), order_sum(frozenset(s)), order_sum(set(s)))


class Alias:
    """Equal to the str it names, with its hash()."""

    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return other == self.name

    def __repr__(self):
        return 'Alias(%r)' % self.name


for n in (3, 40, 5000):
    keys = ['a%d' % i for i in range(n)]
    d = dict.fromkeys(keys, 0)
    s = set(keys)
    hits = sum(1 for k in keys if Alias(k) in d and Alias(k) in s)
    for k in keys[::7]:
        d[Alias(k)] += 1
    da = {Alias(k): 1 for k in keys}
    sa = {Alias(k) for k in keys}
    back = sum(1 for k in keys if k in da and k in sa and da[k] == 1)
    s.add(Alias(keys[-1]))
    sa.add(keys[0])
    print(n, hits, back, sum(d.values()), len(d), len(s), len(sa), list(sa)[:3] == list(sa)[:3])
print(Alias('x') in {'x', 'y', 'z'}, 'y' in {Alias('y'), Alias('w'), Alias('v')}, {'q': 1}[Alias('q')])
