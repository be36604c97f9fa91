registry = []
class Plugin:
    global registry
    registry = registry + ['Plugin (class body rebinds module global)']
    name = 'plugin'
print(registry, Plugin.name, 'registry' in vars(Plugin))
def define():
    global DEFINED_LATER
    def DEFINED_LATER():
        return 'function bound via global'
define()
print(DEFINED_LATER())
def counter_closure():
    total = 0
    def add():
        global total_global
        total_global = 'set from nested function'
        return total
    return add()
print(counter_closure(), total_global)
x = 0
def loop_global():
    global x
    for x in range(3):
        pass
loop_global()
print(x)
def comp_does_not_leak():
    y = 'outer'
    [y for y in range(3)]
    return y
print(comp_does_not_leak())
