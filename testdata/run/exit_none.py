import sys
try:
    sys.exit()
except SystemExit as e:
    print("caught SystemExit", repr(e.code), e.args)
print("continuing after catching SystemExit")
sys.exit(None)
