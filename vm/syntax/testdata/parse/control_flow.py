if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    y = 2

while True:
    if done:
        break
    continue
else:
    print("no break")

for i in range(10):
    pass
else:
    pass

for a, b in pairs: print(a, b)
for (a, b) in pairs: pass
for [a, b] in pairs: pass
for x, in items: pass
for *a, b in items: pass
for obj.attr in items: pass
for obj[0] in items: pass

if x: pass
while x: x -= 1
if x:
    if y:
        if z:
            pass
    else:
        pass
