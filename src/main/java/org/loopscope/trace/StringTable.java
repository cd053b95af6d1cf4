package org.loopscope.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Interned strings, so that a million segments waiting on {@code sleep(1.0)} share one label. Not thread-safe. */
public final class StringTable {
    private final List<String> strings = new ArrayList<>();
    private final Map<String, Integer> ids = new HashMap<>();

    /** The id of {@code s}, adding it if new; -1 for null. */
    public int intern(String s) {
        if (s == null) {
            return -1;
        }
        Integer id = ids.get(s);
        if (id != null) {
            return id;
        }
        int next = strings.size();
        strings.add(s);
        ids.put(s, next);
        return next;
    }

    /** The id of {@code s} if it is in the table, else -1; never adds it. */
    public int find(String s) {
        Integer id = s == null ? null : ids.get(s);
        return id == null ? -1 : id;
    }

    /** The string with this id; null for -1. */
    public String get(int id) {
        return id < 0 ? null : strings.get(id);
    }

    public int size() {
        return strings.size();
    }
}
