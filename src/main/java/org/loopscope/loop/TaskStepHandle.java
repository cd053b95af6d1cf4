package org.loopscope.loop;

/** A ready-queue entry that runs one step of a task. On the switch path: no lambda, no label string until the inspector asks. */
final class TaskStepHandle extends Handle {
    private final Task<?> task;

    TaskStepHandle(Task<?> task) {
        super(null, null);
        this.task = task;
    }

    @Override
    void run() {
        task.step();
    }

    @Override
    public String label() {
        return "step " + task.name();
    }
}
