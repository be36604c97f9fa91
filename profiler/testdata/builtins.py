# Spends its time in sorted(), in list() and in a Python key function
# called by sorted().
def key(x):
    return -x

def work():
    data = list(range(200000))
    for _ in range(8):
        sorted(data, reverse=True)
    sorted(range(300000), key=key)

work()
