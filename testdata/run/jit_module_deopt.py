# Module-level loops leaving compiled code: a name rebound to another
# kind, a name deleted, a new global added, an int overflowing.
s = 0
for i in range(3000):
    s += i
    if i == 2500:
        s = s + 0.5
print(s)

c = 0
for i in range(3000):
    c += 1
    if i == 2000:
        del c
        c = 7
print(c)

for i in range(3000):
    if i == 2200:
        extra = i
    c += i
print(c, extra)

big = 1
for i in range(200):
    big = big * 2 + 1 if i < 150 else big + i
print(big)

v = 0
for i in range(3000):
    v += i
    if i == 2999:
        v = "done"
print(v)

flag = 0
for i in range(3000):
    flag += 1
    if i == 2700:
        del flag
        break
try:
    print(flag)
except NameError as e:
    print("NameError:", e)

q = 10
pair = [1, 2]
len_calls = 0
for i in range(3000):
    len_calls += len(pair)
    if i == 2500:
        len = lambda s: 100
print(len_calls)
del len
print(len("abc"))
