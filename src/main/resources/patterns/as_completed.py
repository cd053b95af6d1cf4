async def fetch(url, delay):
    await asyncio.sleep(delay)
    return f"{url} done"

async def main():
    coros = [fetch("fast", 0.5), fetch("slow", 2), fetch("medium", 1)]
    for coro in asyncio.as_completed(coros):
        result = await coro
        print(result)
        # "fast done"    (after 0.5s)
        # "medium done"  (after 1s)
        # "slow done"    (after 2s)

asyncio.run(main())
