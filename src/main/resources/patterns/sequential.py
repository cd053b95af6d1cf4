import time

def fetch(url):
    time.sleep(1)  # simulates a network call
    return f"done: {url}"

results = [fetch(u) for u in ["url1", "url2", "url3"]]
# ⏱ ~3 seconds
