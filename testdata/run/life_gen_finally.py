# A generator dropped while suspended inside try/finally is closed by the
# collector: GeneratorExit is raised at its yield and the finally runs.
import gc

log = []

def numbers(name):
    try:
        yield 1
        yield 2
    finally:
        log.append("finally " + name)

def use():
    g = numbers("in use()")
    print("got", next(g))

use()
gc.collect()
print(log)

def swallow():
    try:
        yield 1
    except GeneratorExit:
        log.append("GeneratorExit seen")
        raise

g = swallow()
next(g)
del g
gc.collect()
print(log)

g = numbers("explicit")
next(g)
g.close()
print(log)
g.close()
print("closing twice is fine")

for n in numbers("exhausted"):
    pass
print(log)

unstarted = numbers("never started")
del unstarted
gc.collect()
print(log)
