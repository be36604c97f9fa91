import gc

def open_log(name):
    return open(name, "w")

def write_report(name, text):
    f = open_log(name)
    f.write(text)

def main():
    write_report("report.txt", "all good\n")
    print("report written")

main()
gc.collect()
print("done")
