d = {}
for k in ['zeta', 'alpha', 'mid', 'beta']:
    d[k] = len(k)
print(d)
d['alpha'] = 99
print(list(d))
del d['zeta']
d['zeta'] = 0
print(list(d.items()))
print(list(reversed(d)), list(reversed(d.values())))
print(dict(sorted(d.items())), dict(sorted(d.items(), key=lambda kv: kv[1])))
print({k: v for k, v in zip('cab', range(3))})
inv = {v: k for k, v in d.items()}
print(inv)
