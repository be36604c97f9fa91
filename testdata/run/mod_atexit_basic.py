import atexit
def goodbye(name, punct='!'):
    print(f'goodbye {name}{punct}')
atexit.register(goodbye, 'first')
atexit.register(goodbye, 'second', punct='?')
@atexit.register
def decorated():
    print('decorated handler runs first (LIFO)')
def unregistered():
    print('never printed')
atexit.register(unregistered)
atexit.unregister(unregistered)
print('main body done')
