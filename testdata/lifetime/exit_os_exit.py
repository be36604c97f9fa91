import os
f = open("out.txt", "w")
f.write("x")
os._exit(0)
