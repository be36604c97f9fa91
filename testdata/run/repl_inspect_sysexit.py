# python -i: the script's SystemExit does not end the process; it is
# printed as a traceback and the REPL follows.
import sys

value = 42
sys.exit(7)
