people = [{'name': 'ann', 'age': 31}, {'name': 'bob', 'age': 25}, {'name': 'cy', 'age': 31}]
print([p['name'] for p in sorted(people, key=lambda p: p['age'])])
print([p['name'] for p in sorted(people, key=lambda p: (-p['age'], p['name']))])
print(max(people, key=lambda p: p['age'])['name'], min(people, key=lambda p: len(p['name']))['name'])
print(sorted(range(-5, 6), key=lambda v: (v * v, v)))
print(sorted('Hello World', key=str.isupper))
try:
    sorted([1, 2], key=lambda a, b: 0)
except TypeError as e:
    print(e)
try:
    sorted([1], cmp=None)
except TypeError as e:
    print(e)
