# ❌ Does nothing (no error, just a warning)
async def main():
    fetch("url1")  # coroutine created but never executed

# ✅
async def main():
    await fetch("url1")
# --- Loopscope runs both mains as tasks of one run, ❌ first, with the guide's fetch ---
import asyncio

async def fetch(url):
    await asyncio.sleep(1)  # simulates a network call
    return f"done: {url}"

async def run_both():
    await asyncio.create_task(main_forgot_await())  # the ❌ main above
    return await asyncio.create_task(main_with_await())  # the ✅ main above

asyncio.run(run_both())
