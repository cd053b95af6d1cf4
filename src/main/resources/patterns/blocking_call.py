import time

# ❌ Blocks the entire event loop
async def bad():
    time.sleep(5)  # nothing else can run for 5s
# --- Loopscope runs it beside a heartbeat ---
import asyncio

async def heartbeat():
    loop = asyncio.get_running_loop()
    for i in range(1, 13):
        await asyncio.sleep(0.5)
        print(f"tick {i} at {loop.time():.2f}s")  # Loopscope's loop time starts at 0

async def main():
    hb = asyncio.create_task(heartbeat())
    await asyncio.sleep(0)  # let the heartbeat start its first sleep
    await asyncio.create_task(bad())
    await hb

asyncio.run(main())
