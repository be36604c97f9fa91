1, x = y
