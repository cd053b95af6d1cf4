import time

# ❌ Blocks the entire event loop
async def bad():
    time.sleep(5)  # nothing else can run for 5s
