async def fetch_user(user_id):
    await asyncio.sleep(0.5)
    return {"id": user_id, "name": f"user_{user_id}"}

async def main():
    users = await asyncio.gather(
        fetch_user(1),
        fetch_user(2),
        fetch_user(3),
    )
    # users = [{"id": 1, ...}, {"id": 2, ...}, {"id": 3, ...}]
# --- Loopscope's runnable version: main also prints users at its end, print(users) ---
import asyncio

asyncio.run(main())
