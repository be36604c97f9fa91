# Runs busy() for a while, then ends the way argv[1] says: normally,
# with sys.exit, with an uncaught exception, or by waiting in busy() to
# be stopped by a signal (SIGINT or SIGTERM from the test).
import sys

def busy(n):
    s = 0
    for i in range(n):
        s += i
    return s

how = sys.argv[1]
if how == "wait":
    print("ready", flush=True)
    while True:
        busy(100000)
busy(2000000)
if how == "exit":
    sys.exit(3)
if how == "raise":
    raise ValueError("boom")
