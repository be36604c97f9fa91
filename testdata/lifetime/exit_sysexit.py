import sys
f = open("out.txt", "w")
f.write("stuff")
try:
    sys.exit(3)
finally:
    print("finally before exit")
