# weakref.proxy, WeakMethod, WeakValueDictionary, WeakKeyDictionary,
# WeakSet and finalize; every death is checked after gc.collect().
import gc
import weakref


class N:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return self.v + o

    def __radd__(self, o):
        return o + self.v

    def __iadd__(self, o):
        self.v += o
        return self

    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 2

    def __setitem__(self, i, v):
        print('set', i, v)

    def __iter__(self):
        return iter([1, 2])

    def __bool__(self):
        return False

    def __neg__(self):
        return -self.v

    def __lt__(self, o):
        return True

    def __repr__(self):
        return 'N(%r)' % self.v

    def __call__(self, *a):
        return ('called', a)

    def method(self):
        return self.v


n = N(4)
q = weakref.proxy(n)
print(type(q).__name__, q + 1, 1 + q, len(q), q[3], list(q), bool(q), -q, q < 1, str(q), q.v)
print(q(1, 2), q.method(), q == n, 4 in [q.v])
q[1] = 'x'
q.w = 5
print(n.w)
del q.w
print(hasattr(n, 'w'))
q += 2
print(type(q).__name__, n.v)
p2 = weakref.proxy(N(1))
gc.collect()
for op in [lambda: p2.v, lambda: p2 + 1, lambda: str(p2), lambda: len(p2), lambda: p2()]:
    try:
        op()
    except ReferenceError as e:
        print('ReferenceError', e)
try:
    hash(weakref.proxy(n))
except TypeError as e:
    print('TypeError', e)


class Plain:
    def method(self):
        return 'method result'


def weak_method():
    o = Plain()
    wm = weakref.WeakMethod(o.method, lambda r: print('method died'))
    print(wm()(), wm() == o.method, wm == weakref.WeakMethod(o.method))
    return wm


wm = weak_method()
gc.collect()
print(wm(), wm.__callback__)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print('TypeError', e)


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'Obj(%s)' % self.name


wvd = weakref.WeakValueDictionary()
keep = [Obj(i) for i in range(4)]


def fill():
    for i, o in enumerate(keep):
        wvd[i] = o
    wvd['temp'] = Obj('temp')
    wvd['temp2'] = Obj('temp2')


fill()
gc.collect()
print(sorted(wvd.keys(), key=str), len(wvd), 'temp' in wvd, wvd.get('temp', 'gone'), wvd[2])
try:
    wvd['temp']
except KeyError as e:
    print('KeyError', e)
print(sorted(wvd.items()), wvd.pop(3), wvd.setdefault(9, keep[0]), len(wvd.valuerefs()))
del wvd[9]
keep.pop()
gc.collect()
print(len(wvd), list(wvd.values()), dict(wvd.copy()))
wvd2 = weakref.WeakValueDictionary({'a': keep[0]}, b=keep[1])
print(sorted(wvd2), isinstance(wvd2, weakref.WeakValueDictionary), (wvd2 | {'c': keep[2]})['c'])

wkd = weakref.WeakKeyDictionary()
ks = [Obj('k%d' % i) for i in range(3)]
for i, k in enumerate(ks):
    wkd[k] = i


def add_temp():
    wkd[Obj('tmp')] = 99


add_temp()
gc.collect()
print(len(wkd), sorted(wkd.values()), wkd[ks[1]], ks[2] in wkd, 5 in wkd, wkd.get(ks[0]))
del ks[0]
gc.collect()
print(len(wkd), sorted(wkd.items(), key=str), len(wkd.keyrefs()))
try:
    wkd[Obj('missing')]
except KeyError:
    print('KeyError for a missing key')
try:
    wkd[1] = 2
except TypeError as e:
    print('TypeError', e)

ws = weakref.WeakSet()
members = [Obj(c) for c in 'abc']
for m in members:
    ws.add(m)
ws.add(Obj('gone'))
gc.collect()
print(len(ws), sorted(ws, key=str), members[0] in ws, 1 in ws)
ws.discard(members[0])
members.pop()
gc.collect()
print(len(ws), sorted(map(str, ws)))
other = weakref.WeakSet(members)
print(ws <= other, ws == other, len(ws | other), len(other - ws), len(other & ws), len(other ^ ws))
print(ws.pop() in (members[1], m), len(ws))
try:
    ws.pop()
except KeyError as e:
    print('KeyError', e)
try:
    ws.add(1)
except TypeError as e:
    print('TypeError', e)

# Removals while iterating are deferred until the iteration ends.
ws = weakref.WeakSet()
items = [Obj(i) for i in range(5)]
ws.update(items)
seen = 0
for item in ws:
    if seen == 0:
        del items[:]
        del item
        gc.collect()
    seen += 1
gc.collect()
print('iterated', seen >= 1, len(ws))


def finalizer_demo():
    o = Obj('f')
    f = weakref.finalize(o, print, 'finalized', 1, sep='-')
    print(f.alive, f.atexit, f.peek()[1:], f.peek()[0] is o)
    return f


f = finalizer_demo()
gc.collect()
print(f.alive, f.peek(), f.detach(), f())

o2 = Obj('g')
f2 = weakref.finalize(o2, lambda: 'result')
print(f2(), f2.alive, f2(), f2.detach())
f3 = weakref.finalize(o2, print, 'never')
print(f3.detach()[1:], f3.alive)
del o2
gc.collect()

o4 = Obj('h')
f4 = weakref.finalize(o4, print, 'at exit 1')
f5 = weakref.finalize(o4, print, 'at exit 2')
f6 = weakref.finalize(o4, print, 'skipped at exit')
f6.atexit = False
print(f6.atexit, f4.atexit)
print('end of program')
