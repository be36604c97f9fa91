import atexit, sys
def handler():
    print('atexit handler after sys.exit')
    sys.stdout.flush()
atexit.register(handler)
print('exiting with 3')
sys.exit(3)
