async def main():
    async with asyncio.TaskGroup() as tg:
        task1 = tg.create_task(fetch_user(1))
        task2 = tg.create_task(fetch_user(2))
        task3 = tg.create_task(fetch_user(3))
    # all tasks are done here
    print(task1.result(), task2.result(), task3.result())
# --- Loopscope runs it with fetch_user from the gather example ---
import asyncio

async def fetch_user(user_id):
    await asyncio.sleep(0.5)
    return {"id": user_id, "name": f"user_{user_id}"}

asyncio.run(main())
