async def gen():
    yield from range(3)
