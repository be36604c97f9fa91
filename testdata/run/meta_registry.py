class PluginMeta(type):
    registry = {}
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.registry[ns.get('key', name.lower())] = cls
        return cls
class Plugin(metaclass=PluginMeta):
    def run(self): return f'{type(self).__name__} running'
class Alpha(Plugin): key = 'a'
class Beta(Plugin): pass
class Gamma(Beta): key = 'g'
print(sorted(PluginMeta.registry))
for k in sorted(PluginMeta.registry):
    print(k, PluginMeta.registry[k]().run())
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print('__prepare__', name)
        return {'injected': 'from prepare'}
    def __new__(mcls, name, bases, ns):
        ns['fields'] = [k for k in ns if not k.startswith('__')]
        return super().__new__(mcls, name, bases, dict(ns))
class Rec(metaclass=Ordered):
    z = 1
    a = 2
    m = 3
print(Rec.fields, Rec.injected)
