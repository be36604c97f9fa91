# A file left open two calls below the caller; after a collection the
# data is on disk and the descriptor is free.
import gc, os

NAME = "_kiln_test_life_file_helper_deep.txt"

def open_log(name):
    return open(name, "w")

def write_report(name, lines):
    f = open_log(name)
    for line in lines:
        f.write(line + "\n")
    return len(lines)

def main():
    n = write_report(NAME, ["alpha", "beta", "gamma"])
    print("wrote", n, "lines")

main()
gc.collect()
with open(NAME) as f:
    print(f.read().split())
os.remove(NAME)
