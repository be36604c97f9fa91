data = {"users": [{"name": "ann", "age": 31}, {"name": "bob"}]}

def ages(d):
    total = 0
    for user in d["users"]:
        total = total + user["age"] * 2
    return total

print(ages(data))
