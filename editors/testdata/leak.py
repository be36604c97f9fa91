import os

def write_report(path, lines):
    f = open(path, "w")
    for line in lines:
        f.write(line + "\n")
    return len(lines)

def checksum(n):
    total = 0
    for i in range(n):
        total = (total + i * i) % 1000003
    return total

if __name__ == "__main__":
    print(write_report(os.devnull, [str(i) for i in range(5000)]))
    print(checksum(5000))
