# weakref.finalize at exit: the live finalizers run newest first after the
# atexit handlers registered after the first finalize; exceptions in them
# are reported and the rest still run; atexit=False ones and dead ones
# do not run.
import atexit
import gc
import sys
import weakref

sys.excepthook = lambda t, v, tb: print('excepthook:', t.__name__, v)


class Res:
    def __init__(self, name):
        self.name = name


keep = [Res('a'), Res('b'), Res('c')]
weakref.finalize(keep[0], print, 'weakref.finalize callback a')
atexit.register(print, 'atexit handler')
weakref.finalize(keep[1], print, 'weakref.finalize callback b')
quiet = weakref.finalize(keep[2], print, 'never: atexit is False')
quiet.atexit = False


def gone():
    r = Res('gone')
    weakref.finalize(r, print, 'collected before exit')


gone()
gc.collect()


def fail():
    raise RuntimeError('finalizer failed')


weakref.finalize(keep[1], fail)
print('end of module')
