x = 10
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    x = 5
    return x
print(f())
def g():
    del_me = 1
    del del_me
    try:
        return del_me
    except UnboundLocalError as e:
        return str(e)
print(g())
def h():
    try:
        undefined_global_name
    except NameError as e:
        return f'{type(e).__name__}: {e}'
print(h())
try:
    del never_defined
except NameError as e:
    print(e)
def uses_before_global():
    try:
        return counter
    except NameError as e:
        return str(e)
print(uses_before_global())
counter = 1
print(uses_before_global())
