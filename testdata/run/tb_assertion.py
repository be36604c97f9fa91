def check_invariants(items):
    assert isinstance(items, list), "items must be a list"
    for i, item in enumerate(items):
        assert item >= 0, f"item {i} is negative: {item}"
    return True


print(check_invariants([1, 2, 3]))
check_invariants([4, -5, 6])
