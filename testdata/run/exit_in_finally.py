import sys
try:
    raise ValueError("original error")
finally:
    print("cleanup")
    sys.exit(5)
