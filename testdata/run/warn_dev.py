import sys
import warnings
print(sys.warnoptions)
print(warnings.filters[0][0], warnings.filters[0][2].__name__)
warnings.warn("resource warnings are shown", ResourceWarning)
warnings.warn("pending too", PendingDeprecationWarning)
