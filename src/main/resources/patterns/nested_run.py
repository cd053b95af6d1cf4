# ❌ RuntimeError: cannot run nested event loops
async def handler():
    asyncio.run(some_coroutine())

# ✅
async def handler():
    await some_coroutine()
# --- Loopscope runs both handlers as tasks, ❌ first ---
import asyncio

async def some_coroutine():
    await asyncio.sleep(1)
    return "some result"

async def main():
    try:
        await asyncio.create_task(handler_nested_run())  # the ❌ handler above
    except RuntimeError as error:
        print("RuntimeError:", error)
    await asyncio.create_task(handler_fixed())  # the ✅ handler above

asyncio.run(main())
