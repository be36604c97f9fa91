import gc, sys

def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran", file=sys.stderr)

def use():
    g = numbers()
    print("got", next(g))

use()
print("after use()")
gc.collect()
print("after gc.collect()")
