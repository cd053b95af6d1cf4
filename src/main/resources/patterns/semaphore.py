async def fetch_limited(sem, session, url):
    async with sem:  # max N tasks at the same time
        async with session.get(url) as response:
            return await response.json()

async def main():
    sem = asyncio.Semaphore(10)  # max 10 concurrent requests
    async with aiohttp.ClientSession() as session:
        urls = [f"https://api.example.com/items/{i}" for i in range(500)]
        tasks = [fetch_limited(sem, session, url) for url in urls]
        results = await asyncio.gather(*tasks)

asyncio.run(main())
# --- Loopscope's runnable version: no network; session.get(url) answers after 0.1 s and counts ---
# --- the requests in flight, and main ends with ---
#         print(len(results), "results; at most", session.max_in_flight, "requests in flight")
