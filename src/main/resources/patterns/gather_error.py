# TaskGroup is safer: if one task raises an exception, the others are automatically cancelled. With gather, by default the others keep running.
# --- Loopscope's runnable version: the same failure with gather; main lingers to watch the others ---
import asyncio

async def fetch_user(user_id):
    if user_id == 2:
        await asyncio.sleep(0.2)
        raise ValueError(f"user {user_id} not found")
    await asyncio.sleep(0.5)
    print(f"user {user_id} fetched")
    return {"id": user_id, "name": f"user_{user_id}"}

async def main():
    try:
        users = await asyncio.gather(fetch_user(1), fetch_user(2), fetch_user(3))
    except ValueError as error:
        print("gather raised:", repr(error))
    await asyncio.sleep(1)  # meanwhile the other fetches keep running

asyncio.run(main())
