import gc

for i in range(4):
    f = open("part%d.txt" % i, "w")
    f.write("part %d\n" % i)
print("loop done")
gc.collect()
print("after gc.collect()")
