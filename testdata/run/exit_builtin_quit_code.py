import sys
print("before")
sys.stdout.flush()
quit(5)
print("never")
