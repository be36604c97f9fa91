import gc

def main():
    f = open("data.txt", "w")
    f.write("stuff")

main()
print("after main()")
gc.collect()
print("after gc.collect()")
