print("never printed")
result = compute(1,
