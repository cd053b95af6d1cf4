# TaskGroup is safer: if one task raises an exception, the others are automatically cancelled. With gather, by default the others keep running.
# --- Loopscope's runnable version: fetch_user(2) fails after 0.2 s, inside a TaskGroup ---
import asyncio

async def fetch_user(user_id):
    if user_id == 2:
        await asyncio.sleep(0.2)
        raise ValueError(f"user {user_id} not found")
    await asyncio.sleep(0.5)
    return {"id": user_id, "name": f"user_{user_id}"}

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            task1 = tg.create_task(fetch_user(1))
            task2 = tg.create_task(fetch_user(2))
            task3 = tg.create_task(fetch_user(3))
    except ExceptionGroup as eg:
        print("caught:", eg)
        for error in eg.exceptions:
            print(repr(error))
    print("cancelled:", task1.cancelled(), task2.cancelled(), task3.cancelled())

asyncio.run(main())
