f(*args=[0])
