# collections: defaultdict, OrderedDict, Counter, ChainMap, UserDict.
from collections import defaultdict, OrderedDict, Counter, ChainMap, UserDict

dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dd['zz'], len(dd), dd.default_factory)
n = defaultdict(int); n['x'] += 2; print(n, n.copy(), defaultdict(), defaultdict(None, a=1))
print(isinstance(dd, dict), dd.get('q'), 'q' in dd, n | {'y': 1})
try:
    defaultdict()['missing']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(1)
except TypeError as e:
    print(e)

od = OrderedDict(a=1, b=2, c=3)
od.move_to_end('a'); print(od); od.move_to_end('c', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), OrderedDict(), OrderedDict.fromkeys('xy'))
try:
    OrderedDict().popitem()
except KeyError as e:
    print(repr(e))
try:
    od.move_to_end('zz')
except KeyError as e:
    print(repr(e))

c = Counter('abracadabra')
print(c, c.most_common(2), c['z'], c.total(), sorted(c.elements()))
c.update('aaz'); c.subtract(b=5); print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(+Counter(a=1, b=-2), -Counter(a=1, b=-2), Counter(), Counter({'x': 0}))
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=3) > Counter(a=2))
k = Counter(a=2); k += Counter(a=-3, b=1); print(k); del k['nope']; print(k)
print(Counter('hello world').most_common(3), Counter([1, 1, 2]).most_common(0))
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print(e)

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm, cm['a'], cm['b'], len(cm), list(cm), cm.get('z', 0), 'b' in cm)
cm['c'] = 4; print(cm.maps, cm.new_child({'a': 0})['a'], cm.parents, ChainMap())
try:
    del cm['b']
except KeyError as e:
    print(e)

u = UserDict({'a': 1}, b=2); u['c'] = 3; del u['a']
print(u, len(u), u.data, 'b' in u, u.get('x', 9), isinstance(u, dict), u | {'z': 0})
class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
print(Lower({'A': 1, 'B': 2}))
