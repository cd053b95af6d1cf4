package org.loopscope.patterns;

import java.util.List;
import java.util.Optional;
import org.loopscope.patterns.library.AsCompletedPattern;
import org.loopscope.patterns.library.BlockingCallPattern;
import org.loopscope.patterns.library.CpuBoundPattern;
import org.loopscope.patterns.library.CreateTaskPattern;
import org.loopscope.patterns.library.ForgotAwaitPattern;
import org.loopscope.patterns.library.GatherErrorPattern;
import org.loopscope.patterns.library.GatherPattern;
import org.loopscope.patterns.library.GatherUsersPattern;
import org.loopscope.patterns.library.HttpGatherPattern;
import org.loopscope.patterns.library.NestedRunPattern;
import org.loopscope.patterns.library.RunInExecutorPattern;
import org.loopscope.patterns.library.SemaphorePattern;
import org.loopscope.patterns.library.SequentialPattern;
import org.loopscope.patterns.library.TaskGroupErrorPattern;
import org.loopscope.patterns.library.TaskGroupPattern;
import org.loopscope.patterns.library.WaitForTimeoutPattern;

/** Every pattern, in the order of the guide. */
public final class PatternRegistry {
    private static final List<Pattern> ALL = List.of(
            // What and why, When to use asyncio
            new SequentialPattern(),
            new GatherPattern(),
            new CpuBoundPattern(),
            // Concurrent execution
            new GatherUsersPattern(),
            new CreateTaskPattern(),
            new TaskGroupPattern(),
            new TaskGroupErrorPattern(),
            new GatherErrorPattern(),
            // Common patterns
            new HttpGatherPattern(),
            new SemaphorePattern(),
            new WaitForTimeoutPattern(),
            new AsCompletedPattern(),
            // Common pitfalls
            new ForgotAwaitPattern(),
            new BlockingCallPattern(),
            new RunInExecutorPattern(),
            new NestedRunPattern());

    private PatternRegistry() {
    }

    public static List<Pattern> all() {
        return ALL;
    }

    public static Optional<Pattern> byId(String id) {
        return ALL.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The pattern with this id, or a BadParameterException listing the known ids. */
    public static Pattern require(String id) {
        return byId(id).orElseThrow(() -> new BadParameterException("unknown pattern '" + id + "' (run 'list' to see the "
                + ALL.size() + " patterns)"));
    }
}
