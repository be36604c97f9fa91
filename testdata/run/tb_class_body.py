print("before class")

class Broken:
    size = 10
    half = size / 0

print("never")
