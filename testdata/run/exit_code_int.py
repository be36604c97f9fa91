import sys
print("exiting with 42")
sys.exit(42)
print("unreachable")
