import sys
print(hasattr(sys, 'displayhook'), hasattr(sys, 'excepthook'))
def hook(t, v, tb):
    print('custom excepthook:', t.__name__, v, file=sys.stderr)
sys.excepthook = hook
print(sys.modules[__name__].__name__)
raise LookupError('handled by the custom hook')
