import sys
import warnings
print(sys.warnoptions)
for f in warnings.filters[:4]:
    print(f[0], f[2].__name__, f[4])
warnings.warn("ignored user warning")
warnings.warn("an error", RuntimeWarning) if False else None
try:
    warnings.warn("deprecation is an error", DeprecationWarning)
except DeprecationWarning as e:
    print("raised", e)
warnings.warn("resource shown", ResourceWarning)
warnings.warn("resource shown", ResourceWarning)
warnings.warn("bytes always", BytesWarning)
warnings.warn("bytes always", BytesWarning)
