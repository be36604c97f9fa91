def lookup(table, key):
    return table[key]

result = lookup(
    {"a": 1},
    "b",
)
