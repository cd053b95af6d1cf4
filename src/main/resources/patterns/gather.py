import asyncio

async def fetch(url):
    await asyncio.sleep(1)  # simulates a network call
    return f"done: {url}"

async def main():
    results = await asyncio.gather(
        fetch("url1"),
        fetch("url2"),
        fetch("url3"),
    )
    print(results)

asyncio.run(main())
# ⏱ ~1 second
