package org.loopscope.trace;

/**
 * Two runs on one shared time axis, for compare views and exports: the lanes of the first run,
 * then those of the second, each lane name prefixed with its run ("gather · fetch(url1)").
 * Both runs start at 0, so the picture shows at a glance which one finished first.
 */
public final class StackedModels {
    private StackedModels() {
    }

    public static TraceModel stack(TraceModel first, TraceModel second) {
        TraceModel out = new TraceModel();
        String a = nameOf(first, "first");
        String b = nameOf(second, "second");
        out.setMeta(new TraceMeta(a + "+" + b, a + " vs " + b, first.meta().clock(), first.meta().version()));
        ModelCopies.copyInto(first, out, a + " · ");
        ModelCopies.copyInto(second, out, b + " · ");
        out.advanceTo(Math.max(first.endNs(), second.endNs()));
        return out;
    }

    private static String nameOf(TraceModel model, String fallback) {
        String id = model.meta().pattern();
        return id == null || id.isBlank() ? fallback : id;
    }
}
