package org.loopscope.patterns;

import java.util.List;
import java.util.Optional;
import org.loopscope.patterns.library.BlockingCallPattern;
import org.loopscope.patterns.library.GatherPattern;

/** Every pattern, in the order of the guide. */
public final class PatternRegistry {
    private static final List<Pattern> ALL = List.of(
            new GatherPattern(),
            new BlockingCallPattern());

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
