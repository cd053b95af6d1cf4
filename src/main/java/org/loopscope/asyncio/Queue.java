package org.loopscope.asyncio;

import java.util.LinkedList;
import org.loopscope.loop.Await;

/**
 * asyncio.Queue: FIFO; {@code get} waits while empty, {@code put} waits while full (maxsize > 0;
 * zero or less means unbounded, as in queues.py); {@code taskDone} / {@code join} track
 * unfinished items.
 */
public class Queue<T> {
    private final int maxsize;
    // A LinkedList, not an ArrayDeque: None is a valid item in Python, and as_completed queues it.
    private final LinkedList<T> items = new LinkedList<>();
    private final Waiters getters;
    private final Waiters putters;
    private final Event finished = new Event();
    private int unfinished;

    public Queue() {
        this(0);
    }

    public Queue(int maxsize) {
        this(maxsize, "queue");
    }

    /** A queue whose waiters show on the chart as {@code name.get} / {@code name.put}. */
    public Queue(int maxsize, String name) {
        this.getters = new Waiters(name + ".get");
        this.putters = new Waiters(name + ".put");
        this.maxsize = maxsize;
        finished.set();
    }

    public int qsize() {
        return items.size();
    }

    public boolean empty() {
        return items.isEmpty();
    }

    public boolean full() {
        return maxsize > 0 && items.size() >= maxsize;
    }

    public void put(Await aw, T item) {
        while (full()) {
            // Woken by a get but cancelled before putting: hand the slot on, if it is still free.
            // If someone took it meanwhile, waking the next putter would only send it to the back.
            putters.park(aw, () -> {
                if (!full()) {
                    putters.wakeFirst();
                }
            });
        }
        putNowait(item);
    }

    public void putNowait(T item) {
        if (full()) {
            throw new QueueFull();
        }
        items.add(item);
        unfinished++;
        finished.clear();
        getters.wakeFirst();
    }

    public T get(Await aw) {
        while (empty()) {
            // Woken by a put but cancelled before getting: hand the item on, if it is still there.
            getters.park(aw, () -> {
                if (!empty()) {
                    getters.wakeFirst();
                }
            });
        }
        return getNowait();
    }

    public T getNowait() {
        if (empty()) {
            throw new QueueEmpty();
        }
        T item = items.poll();
        putters.wakeFirst();
        return item;
    }

    public void taskDone() {
        if (unfinished <= 0) {
            throw new IllegalStateException("task_done() called too many times");
        }
        unfinished--;
        if (unfinished == 0) {
            finished.set();
        }
    }

    /** Waits until every item put has been marked done. */
    public void join(Await aw) {
        if (unfinished > 0) {
            finished.await(aw);
        }
    }

    /** asyncio.QueueEmpty */
    public static final class QueueEmpty extends RuntimeException {
        public QueueEmpty() {
            super("queue is empty");
        }
    }

    /** asyncio.QueueFull */
    public static final class QueueFull extends RuntimeException {
        public QueueFull() {
            super("queue is full");
        }
    }
}
