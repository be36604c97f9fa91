d = {'a': 1, 'b': 2}
d['c'] = 3
print(d, len(d), d['a'], 'a' in d, 'z' in d)
print(d.get('z'), d.get('z', 0), d.setdefault('d', 4), d.setdefault('a', 100), d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop('b'), d.pop('b', 'gone'), d)
print(d.popitem(), d)
d.update({'x': 9}, y=10)
d.update([('z', 11)])
print(d)
del d['a']
print(d)
print(dict(a=1), dict([('k', 'v')]), dict({'m': 1}, n=2), dict.fromkeys('ab'), dict.fromkeys([1, 2], 0))
print({**d, 'x': 0}, d | {'new': 1}, {1: 2} == {1: 2}, {1: 2} != {1: 3})
d |= {'merged': True}
print(d)
for bad in [lambda: d['missing'], lambda: {}.popitem(), lambda: d.pop('nope'), lambda: {[1]: 2}]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
c = d.copy(); c.clear(); print(c, len(d))
