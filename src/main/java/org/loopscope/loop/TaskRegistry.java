package org.loopscope.loop;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Tasks that are not done yet, in creation order (what asyncio.all_tasks returns). */
final class TaskRegistry {
    private final Set<Task<?>> alive = new LinkedHashSet<>();

    void add(Task<?> task) {
        alive.add(task);
    }

    void remove(Task<?> task) {
        alive.remove(task);
    }

    List<Task<?>> alive() {
        return new ArrayList<>(alive);
    }
}
