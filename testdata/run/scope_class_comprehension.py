class Config:
    defaults = {'a': 1, 'b': 2}
    keys = list(defaults)
    upper = [k.upper() for k in keys]
    pairs = {k: v * 10 for k, v in defaults.items()}
print(Config.keys, Config.upper, Config.pairs)
x = 'module'
class K:
    x = 'class'
    def method(self):
        return x
    lam = lambda self: x
    gen = list(x for _ in range(1))
print(K().method(), K().lam(), K.gen)
def func():
    y = 'func'
    class Inner:
        y = 'inner class'
        z = [y for _ in range(1)]
    return Inner.z
print(func())
