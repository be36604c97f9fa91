lambda (x, y): None
