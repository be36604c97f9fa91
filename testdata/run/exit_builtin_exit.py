print(exit)
print(quit)
print(type(exit).__name__, type(exit).__module__)
try:
    exit(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    quit(7)
except SystemExit as e:
    print("SystemExit", e.code, e.args)
print("bye")
exit("goodbye message")
