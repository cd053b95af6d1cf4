"""CPython asyncio doing what `loopscope bench switch` does: N tasks each awaiting sleep(0) K times."""
import argparse
import asyncio
import statistics
import sys
import time


async def worker(awaits):
    for _ in range(awaits):
        await asyncio.sleep(0)


async def main(tasks, awaits):
    await asyncio.gather(*(worker(awaits) for _ in range(tasks)))


def once(tasks, awaits):
    start = time.perf_counter()
    asyncio.run(main(tasks, awaits))
    return time.perf_counter() - start


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--tasks", type=int, default=100)
    p.add_argument("--awaits", type=int, default=10000)
    p.add_argument("--repeats", type=int, default=5)
    a = p.parse_args()
    once(a.tasks, max(1, a.awaits // 4))
    rates = [a.tasks * a.awaits / once(a.tasks, a.awaits) for _ in range(a.repeats)]
    print(f"python {sys.version.split()[0]} tasks={a.tasks} awaits={a.awaits}")
    print(f"switches_per_sec={statistics.median(rates):.0f}")
