values = [1, 2, 3]; total = sum(values) + values[0] * values[1] - values[2] // (values[0] - 1)
