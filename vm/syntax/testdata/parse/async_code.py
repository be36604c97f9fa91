async def main():
    await asyncio.sleep(1)
    async with session as s:
        pass
    async with a as b, c as d:
        pass
    async for x in aiter():
        pass
    else:
        pass
    result = [x async for x in gen()]
    result = {x: y async for x, y in gen() if await x}
    return await asyncio.gather(*tasks)

@decorator
async def decorated():
    await x

async def gen():
    yield 1
    await (yield)

