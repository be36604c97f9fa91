name = "kiln"
print name
