import sys
print("stdout before the crash", flush=True)
print("stderr before the crash", file=sys.stderr)
raise KeyError("missing")
