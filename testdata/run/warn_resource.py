import sys
import warnings
print(sys.warnoptions)
warnings.warn("resource warnings are ignored", ResourceWarning)
warnings.simplefilter("default", ResourceWarning)
warnings.warn("until a filter shows them", ResourceWarning)
