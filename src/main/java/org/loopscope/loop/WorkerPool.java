package org.loopscope.loop;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.loopscope.trace.LaneKind;

/**
 * The default executor of run_in_executor / to_thread: platform threads, each a lane on the
 * chart. Platform, not virtual, threads: CPU work offloaded here must really run beside the
 * loop, not compete with it for a carrier.
 *
 * <p>Jobs are handed to workers by the loop thread, which also learns of their completion, and
 * an idle worker is picked lowest lane first, so which worker runs which job depends only on
 * which workers are back, not on the order their threads reported: on a virtual clock the same
 * run gives the same worker lanes every time. (One race is left: a job submitted at the very
 * moment when several others end may see some of them back and not yet others.)
 */
final class WorkerPool {
    private static final ThreadLocal<Worker> CURRENT = new ThreadLocal<>();

    private final EventLoop loop;
    private final int maxWorkers;
    private final List<Worker> workers = new ArrayList<>();
    // Idle workers are handed out lowest lane first, not most recently idle first: jobs that end
    // at the same virtual moment report back in whatever order their threads happen to reach the
    // loop, and that order must not decide which worker runs the next job.
    private final PriorityQueue<Worker> idle = new PriorityQueue<>(Comparator.comparingInt((Worker w) -> w.lane));
    private final ArrayDeque<Job<?>> backlog = new ArrayDeque<>();
    private volatile boolean shutdown;

    private record Job<T>(String label, Callable<T> body, Future<T> future) {
    }

    WorkerPool(EventLoop loop, int maxWorkers) {
        this.loop = loop;
        this.maxWorkers = maxWorkers;
    }

    /** Python's default: min(32, cpu count + 4). */
    static int defaultSize() {
        return Math.min(32, Runtime.getRuntime().availableProcessors() + 4);
    }

    /** Lane of the worker running the calling thread's job, or 0 for any other thread. */
    static int currentWorkerLane() {
        Worker w = CURRENT.get();
        return w == null ? 0 : w.lane;
    }

    /** The loop owning the calling worker thread, or null. */
    static EventLoop currentWorkerLoop() {
        Worker w = CURRENT.get();
        return w == null ? null : w.pool.loop;
    }

    /** Loop thread: queues a job and returns the future the awaiting task waits on. */
    <T> Future<T> submit(String label, Callable<T> body) {
        Future<T> future = new Future<>(loop, "executor");
        loop.clock().externalWorkStarted();
        Job<T> job = new Job<>(label, body, future);
        Worker worker = idle.poll();
        if (worker == null && workers.size() < maxWorkers) {
            worker = startWorker();
        }
        if (worker == null) {
            backlog.add(job);
        } else {
            worker.mailbox.add(job);
        }
        return future;
    }

    private Worker startWorker() {
        int number = workers.size() + 1;
        int lane = loop.newLane("worker-" + number, LaneKind.WORKER, -1);
        Worker worker = new Worker(this, lane);
        Thread thread = new Thread(worker::runJobs, "loopscope-worker-" + number);
        thread.setDaemon(true);
        worker.thread = thread;
        workers.add(worker);
        thread.start();
        return worker;
    }

    /** Loop thread: a worker's job is over; give it the next queued job or mark it idle. */
    private void jobDone(Worker worker) {
        Job<?> next = backlog.pollFirst();
        if (next != null) {
            worker.mailbox.add(next);
        } else {
            idle.add(worker);
        }
    }

    void shutdown() {
        shutdown = true;
        for (Worker w : workers) {
            w.thread.interrupt();
        }
    }

    boolean awaitTermination(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        for (Worker w : workers) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            w.thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            if (w.thread.isAlive()) {
                return false;
            }
        }
        return true;
    }

    private static final class Worker {
        final WorkerPool pool;
        final int lane;
        final LinkedBlockingQueue<Job<?>> mailbox = new LinkedBlockingQueue<>();
        Thread thread;

        Worker(WorkerPool pool, int lane) {
            this.pool = pool;
            this.lane = lane;
        }

        void runJobs() {
            CURRENT.set(this);
            try {
                while (!pool.shutdown) {
                    run(mailbox.take());
                }
            } catch (InterruptedException e) {
                // shutdown
            } finally {
                CURRENT.remove();
            }
        }

        private <T> void run(Job<T> job) {
            EventLoop loop = pool.loop;
            InstrumentSet hooks = loop.hooksOrNull();
            if (hooks != null) {
                long now = loop.clock().now();
                hooks.each(i -> i.workerJobStarted(lane, now, job.label()));
            }
            T value = null;
            Throwable error = null;
            try {
                value = job.body().call();
            } catch (Throwable t) { // the job's failure is the awaiting task's exception
                error = t;
            }
            if (hooks != null) {
                long now = loop.clock().now();
                hooks.each(i -> i.workerJobEnded(lane, now));
            }
            T result = value;
            Throwable failure = error;
            try {
                loop.postFromThread(() -> complete(job.future(), result, failure), lane, "result of " + job.label());
            } catch (IllegalStateException closed) {
                return; // the loop closed while the job ran: nobody is waiting any more
            } finally {
                loop.clock().externalWorkFinished();
            }
        }

        private <T> void complete(Future<T> future, T value, Throwable error) {
            pool.jobDone(this);
            if (future.isDone()) {
                return; // the awaiting side was cancelled: the thread's result is dropped, as in asyncio
            }
            if (error != null) {
                future.setException(error instanceof InterruptedException ? new LoopStopped("executor job interrupted") : error);
            } else {
                future.setResult(value);
            }
        }
    }
}
