f = open("out.txt", "w")
f.write("stuff")
raise RuntimeError("boom")
