# Deoptimisation of compiled str reads (jit/record_str.go): a non-ASCII
# str, a str subclass, a non-str and an index out of range in the middle
# of a compiled loop, and an exception inside.


class S(str):
    pass


def total(items):
    t = 0
    for s in items:
        t += ord(s[0]) + len(s)
        if s[0] == "a":
            t += 1
    return t


items = ["abc", "xyz", "a1"] * 300
print(total(items))
items[500] = "\u00e9t\u00e9"  # not ASCII
print(total(items))
items[600] = S("abc")  # a subclass
print(total(items))
items[700] = "\u4e2d"  # wide
print(total(items))


def scan(text, stop):
    n = 0
    for i in range(stop):
        if text[i].isdigit():
            n += 1
    return n


t = "a1b2c3d4" * 100
print(scan(t, len(t)))
try:
    print(scan(t, len(t) + 5))  # IndexError inside the loop
except IndexError as e:
    print("IndexError:", e)


def mixed(values):
    n = 0
    for v in values:
        if v == "x":
            n += 1
        elif v in "yz":
            n += 2
    return n


vals = ["x", "y", "z", "w"] * 400
print(mixed(vals))
vals[900] = 5  # not a str: the compare leaves compiled code, `in` raises
try:
    print(mixed(vals))
except TypeError as e:
    print("TypeError:", e)
vals[900] = "w"
vals[1000] = "xy"  # two characters
vals[1001] = ""
print(mixed(vals))


def ords(s):
    t = 0
    for i in range(len(s)):
        t += ord(s[i])
    return t


print(ords("hello world" * 100))
try:
    print(ords(["ab"] * 10))
except TypeError as e:
    print("TypeError:", e)
