async def background_job():
    await asyncio.sleep(2)
    print("background done")

async def main():
    task = asyncio.create_task(background_job())
    # do other work while background_job runs
    print("doing other work...")
    await asyncio.sleep(1)
    print("still working...")
    await task  # wait for the task to finish
# --- Loopscope runs it like the guide's other examples ---
import asyncio

asyncio.run(main())
