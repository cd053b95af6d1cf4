import asyncio
import aiohttp

async def fetch(session, url):
    async with session.get(url) as response:
        return await response.json()

async def main():
    async with aiohttp.ClientSession() as session:
        results = await asyncio.gather(
            fetch(session, "https://api.example.com/users/1"),
            fetch(session, "https://api.example.com/users/2"),
            fetch(session, "https://api.example.com/users/3"),
        )
        print(results)

asyncio.run(main())
# --- Loopscope serves api.example.com itself: a real HTTP server on 127.0.0.1 (a free port) ---
# --- whose GET /users/<id> answers {"id": <id>, "name": "user_<id>"} after 0.5 s ---
