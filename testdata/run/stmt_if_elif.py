def grade(score):
    if score >= 90:
        return 'A'
    elif score >= 80:
        return 'B'
    elif score >= 70:
        return 'C'
    elif score < 0:
        raise ValueError('negative')
    else:
        return 'F'
print([grade(s) for s in (95, 85, 75, 10, 90, 80)])
x = 5
if x: print('truthy one-liner')
if not x: pass
else: print('else one-liner')
if x > 3 and x < 10 or x == 100:
    print('compound condition')
if (y := x * 2) > 8:
    print('walrus in if', y)
if []:
    print('no')
elif {}:
    print('no')
elif 0.0:
    print('no')
elif 'x':
    print('first truthy elif')
