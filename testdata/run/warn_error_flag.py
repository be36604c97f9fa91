import warnings
print("start")
warnings.warn("not ignored", DeprecationWarning)
print("unreachable")
