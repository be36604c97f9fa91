import gc

class Resource:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, typ, value, tb):
        print("exit", typ.__name__)
        return False

def rows():
    with Resource():
        yield "row 1"
        yield "row 2"

def use():
    r = rows()
    print("got", next(r))

use()
print("after use()")
gc.collect()
print("after gc.collect()")
