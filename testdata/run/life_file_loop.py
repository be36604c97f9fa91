# Files opened in a loop and dropped one after the other, in write and
# append mode: after a collection every byte is on disk, appends in order.
import gc, os

PREFIX = "_kiln_test_life_file_loop_"

for i in range(20):
    f = open(PREFIX + "%d.txt" % (i % 4), "w")
    f.write("iteration %d\n" % i)
del f

def append(i):
    log = open(PREFIX + "log.txt", "a")
    log.write("%d " % i)

for i in range(30):
    append(i)
gc.collect()

for k in range(4):
    with open(PREFIX + "%d.txt" % k) as f:
        print(k, f.read(), end="")
with open(PREFIX + "log.txt") as f:
    print(f.read())
for k in range(4):
    os.remove(PREFIX + "%d.txt" % k)
os.remove(PREFIX + "log.txt")
