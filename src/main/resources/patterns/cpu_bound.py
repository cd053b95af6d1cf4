# I/O-bound (network, files, DB) → asyncio is made for this. CPU-bound (heavy computation) → use multiprocessing or concurrent.futures.ProcessPoolExecutor.
# --- Loopscope runs the same heavy work twice beside a heartbeat: in the loop, then off it ---
import asyncio
import concurrent.futures
import time

def crunch(seconds):  # CPU-bound: no await anywhere inside
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass

async def heartbeat():
    loop = asyncio.get_running_loop()
    i = 0
    while True:
        await asyncio.sleep(0.5)
        i += 1
        print(f"tick {i} at {loop.time():.2f}s")  # Loopscope's loop time starts at 0

async def main():
    loop = asyncio.get_running_loop()
    hb = asyncio.create_task(heartbeat())
    await asyncio.sleep(0)  # let the heartbeat start its first sleep
    crunch(2)  # ❌ in the coroutine: holds the loop, no tick meanwhile
    print("crunched in the loop")
    with concurrent.futures.ProcessPoolExecutor() as pool:
        await loop.run_in_executor(pool, crunch, 2)  # ✅ beside the loop: ticks on time
    print("crunched beside the loop")
    hb.cancel()

asyncio.run(main())
