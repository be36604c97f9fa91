def logged(fn):
    def wrapper(*args):
        print("calling", fn.__name__, args)
        return fn(*args)
    return wrapper


@logged
def head(items):
    return items[0]


head([1])
head([])
