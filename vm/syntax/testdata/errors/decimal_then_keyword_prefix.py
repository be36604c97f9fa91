x = 123.456elsee
