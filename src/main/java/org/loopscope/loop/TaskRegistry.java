package org.loopscope.loop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tasks that are not done yet, in creation order (what asyncio.all_tasks returns).
 *
 * <p>An array of slots, not a LinkedHashSet: the scaled semaphore lesson keeps 100,000 tasks
 * alive at once, and a hash entry per task (40 bytes, plus the table) is live heap the GC copies.
 * A task remembers its slot, so removal is O(1); dead slots are squeezed out once they are half
 * the array, which keeps add and remove amortised O(1) and the order intact.
 */
final class TaskRegistry {
    private Task<?>[] slots = new Task<?>[16];
    private int end;
    private int alive;

    void add(Task<?> task) {
        if (end == slots.length) {
            compactOrGrow();
        }
        task.registrySlot = end;
        slots[end++] = task;
        alive++;
    }

    void remove(Task<?> task) {
        int slot = task.registrySlot;
        if (slot < 0 || slot >= end || slots[slot] != task) {
            return;
        }
        slots[slot] = null;
        task.registrySlot = -1;
        alive--;
    }

    List<Task<?>> alive() {
        List<Task<?>> list = new ArrayList<>(alive);
        for (int i = 0; i < end; i++) {
            if (slots[i] != null) {
                list.add(slots[i]);
            }
        }
        return list;
    }

    private void compactOrGrow() {
        if (alive <= end / 2) {
            int kept = 0;
            for (int i = 0; i < end; i++) {
                Task<?> t = slots[i];
                if (t != null) {
                    t.registrySlot = kept;
                    slots[kept++] = t;
                }
            }
            Arrays.fill(slots, kept, end, null);
            end = kept;
        } else {
            slots = Arrays.copyOf(slots, slots.length * 2);
        }
    }
}
