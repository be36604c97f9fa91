import asyncio
import contextlib
from collections.abc import AsyncIterator

class RateLimiter:
    def __init__(self, rate: float, burst: int = 1) -> None:
        self._rate = rate
        self._tokens = burst
        self._burst = burst
        self._lock = asyncio.Lock()

    async def __aenter__(self):
        async with self._lock:
            while self._tokens <= 0:
                await asyncio.sleep(1 / self._rate)
                self._tokens = min(self._burst, self._tokens + 1)
            self._tokens -= 1
        return self

    async def __aexit__(self, *exc_info):
        return False


async def fetch(session, url: str, limiter: RateLimiter) -> tuple[str, int]:
    async with limiter, session.get(url) as response:
        body = await response.read()
        return url, len(body)


async def ticker(n: int) -> AsyncIterator[int]:
    for i in range(n):
        yield i
        await asyncio.sleep(0)


async def main(urls):
    limiter = RateLimiter(rate=5.0, burst=2)
    async with contextlib.AsyncExitStack() as stack:
        session = await stack.enter_async_context(make_session())
        tasks = [asyncio.create_task(fetch(session, u, limiter)) for u in urls]
        results = {}
        for coro in asyncio.as_completed(tasks):
            try:
                url, size = await coro
            except* (OSError, asyncio.TimeoutError) as group:
                for exc in group.exceptions:
                    print("failed:", exc)
            else:
                results[url] = size
    ticks = [t async for t in ticker(3) if t % 2 == 0]
    return results, ticks

asyncio.run(main(["https://example.com"]))
