import sys
print(len(sys.argv), sys.argv)
for i, a in enumerate(sys.argv[1:], 1):
    print(i, repr(a))
