def f():
    return undefined_thing
for c in [f, lambda: nonexistent, lambda: __missing__, lambda: prnt('x')]:
    try:
        c()
    except NameError as e:
        print(type(e).__name__, e, e.name)
def g():
    local_before = 1
    def h():
        return local_befor
    return h()
try:
    g()
except NameError as e:
    print(e)
class K:
    def m(self):
        return attribute
    attribute = 1
try:
    K().m()
except NameError as e:
    print(e)
def unbound():
    print(v)
    v = 1
try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(undefined_at_module_level)
