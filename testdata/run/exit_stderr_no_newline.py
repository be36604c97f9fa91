import sys
print("normal stdout line")
sys.stderr.write("warning: no trailing newline on stderr")
sys.exit(4)
