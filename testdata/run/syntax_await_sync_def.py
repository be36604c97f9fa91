def handler(x):
    data = await x
    return data
