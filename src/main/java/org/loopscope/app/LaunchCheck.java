package org.loopscope.app;

import java.util.List;
import org.loopscope.patterns.BadParameterException;
import org.loopscope.patterns.Params;
import org.loopscope.patterns.Pattern;
import org.loopscope.patterns.PatternRegistry;

/**
 * Checks the window's launch options before any window opens, so a typo on the command line
 * ({@code --pattern gahter}, {@code --param urls=1000000000}) is one clear line and exit code 2,
 * like every other command-line mistake, rather than a stack trace from inside the toolkit or a
 * window that opens on a value it cannot run.
 */
final class LaunchCheck {
    private LaunchCheck() {
    }

    /** Throws a {@link BadParameterException} naming the first bad {@code key=value} for this pattern. */
    static void requireValid(String patternId, String... keyValues) {
        Params.parse(PatternRegistry.require(patternId).params(), List.of(keyValues));
    }

    /** What is wrong with these window options, or null if the window can open with them. */
    static String problem(String[] args) {
        try {
            WindowOptions options = WindowOptions.parse(List.of(args));
            Pattern pattern = options.pattern() == null ? PatternRegistry.all().get(0) : PatternRegistry.require(options.pattern());
            if (options.compare() != null) {
                PatternRegistry.require(options.compare());
            }
            Params.of(pattern.params(), options.params());
            return null;
        } catch (BadParameterException e) {
            return e.getMessage();
        }
    }
}
