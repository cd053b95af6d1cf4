# ✅ Use run_in_executor for blocking code that can't be made async
async def good():
    loop = asyncio.get_event_loop()
    await loop.run_in_executor(None, time.sleep, 5)
# --- Loopscope runs it beside a heartbeat, as blocking_call runs bad() ---
import asyncio
import time

async def heartbeat():
    loop = asyncio.get_running_loop()
    for i in range(1, 13):
        await asyncio.sleep(0.5)
        print(f"tick {i} at {loop.time():.2f}s")  # Loopscope's loop time starts at 0

async def main():
    hb = asyncio.create_task(heartbeat())
    await asyncio.sleep(0)  # let the heartbeat start its first sleep
    await asyncio.create_task(good())
    await hb

asyncio.run(main())
