import atexit
atexit.register(print, "atexit handler")
open("out.txt", "w").write("stuff")
f = open("kept.txt", "w")
f.write("kept open")
print("end of module")
