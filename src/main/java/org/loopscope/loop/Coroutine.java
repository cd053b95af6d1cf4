package org.loopscope.loop;

/**
 * A coroutine object: what calling an {@code async def} returns. Creating it runs nothing; it
 * runs when awaited (inline, in the awaiting task) or wrapped in a task. One created inside a
 * task step and neither awaited nor scheduled by the end of that step is reported as "never
 * awaited", naming where it was created, as CPython does when the object is dropped.
 */
public final class Coroutine<T> implements Awaitable<T> {
    private static final StackWalker WALKER = StackWalker.getInstance();
    // One origin string per call site, shared by every coroutine created there: a gather of 100,000
    // fetch(url) coroutines would otherwise keep 100,000 equal "Pattern.java:42" strings alive.
    private static final java.util.concurrent.ConcurrentHashMap<String, String> ORIGINS =
            new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * The origin of the coroutines made from one lambda expression: the stack is walked for the
     * first of them only. A walk cost ~12 % of the loop thread's time when the semaphore lesson
     * made 100,000 fetch coroutines (JFR, bench live); a lambda expression is written at one place,
     * the {@code coroutine(...)} call it is passed to, so every coroutine made from it was created
     * there. Named {@link CoroutineBody} classes may be used anywhere: they are walked each time.
     */
    private static final ClassValue<OriginOfLambda> LAMBDA_ORIGINS = new ClassValue<>() {
        @Override
        protected OriginOfLambda computeValue(Class<?> type) {
            return new OriginOfLambda();
        }
    };

    /** Set once, by whichever thread made the first coroutine from the lambda; racing walks agree. */
    private static final class OriginOfLambda {
        volatile String origin;
    }

    private final String name;
    private final CoroutineBody<T> body;
    private final String origin;
    private boolean consumed;

    private Coroutine(String name, CoroutineBody<T> body, String origin) {
        this.name = name;
        this.body = body;
        this.origin = origin;
    }

    /** Creates a coroutine object named like a call, e.g. {@code fetch(url1)}. */
    public static <T> Coroutine<T> of(String name, CoroutineBody<T> body) {
        EventLoop loop = EventLoop.runningOrNull();
        String origin = loop == null || loop.tracksCoroutineOrigins() ? originOf(body) : null;
        Coroutine<T> coroutine = new Coroutine<>(name, body, origin);
        if (loop != null) {
            loop.steps.coroutineCreated(coroutine);
        }
        return coroutine;
    }

    private static String originOf(CoroutineBody<?> body) {
        if (!body.getClass().isHidden()) {
            return originOfCaller();
        }
        OriginOfLambda known = LAMBDA_ORIGINS.get(body.getClass());
        String origin = known.origin;
        if (origin == null) {
            origin = originOfCaller();
            known.origin = origin;
        }
        return origin;
    }

    /** The first stack frame outside the engine: the line of the pattern that called {@code fetch(...)}. */
    private static String originOfCaller() {
        return WALKER.walk(frames -> frames
                .filter(f -> !f.getClassName().equals(Coroutine.class.getName())
                        && !f.getClassName().startsWith("org.loopscope.asyncio."))
                .findFirst()
                .map(f -> shared(f.getFileName() + ":" + f.getLineNumber()))
                .orElse("unknown"));
    }

    private static String shared(String origin) {
        String known = ORIGINS.putIfAbsent(origin, origin);
        return known != null ? known : origin;
    }

    public String name() {
        return name;
    }

    /** Where the coroutine was created ("GatherPatterns.java:42"), or null when not tracked. */
    public String origin() {
        return origin;
    }

    public boolean consumed() {
        return consumed;
    }

    /** Marks the coroutine as started; a coroutine runs at most once. */
    void consume() {
        if (consumed) {
            throw new IllegalStateException("cannot reuse already awaited coroutine '" + name + "'");
        }
        consumed = true;
    }

    CoroutineBody<T> body() {
        return body;
    }

    @Override
    public T awaitIn(Await await) throws Exception {
        consume();
        return body.run(await);
    }

    @Override
    public String toString() {
        return "<coroutine " + name + ">";
    }
}
