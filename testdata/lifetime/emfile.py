import gc

# More files than the descriptor limit (ulimit -n 24), never closed: each
# open that hits EMFILE collects the dropped ones and retries.
for i in range(100):
    f = open("f%d.txt" % (i % 5), "w")
    f.write("%d\n" % i)
print("opened 100 files")

def append(i):
    log = open("log.txt", "a")
    log.write("%d\n" % i)

for i in range(60):
    append(i)
gc.collect()
print("lines:", len(open("log.txt").read().split()))
