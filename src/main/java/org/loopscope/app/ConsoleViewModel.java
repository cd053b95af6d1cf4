package org.loopscope.app;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.loopscope.loop.LoopMessage;

/**
 * What the runs said: the console (lines the patterns printed) and the event log (warnings,
 * errors, never-awaited coroutines). The oldest lines are dropped beyond {@link #MAX_LINES}, so
 * a 10 000-tick run stays light.
 */
public final class ConsoleViewModel {
    static final int MAX_LINES = 5_000;

    private final ObservableList<ConsoleLine> console = FXCollections.observableArrayList();
    private final ObservableList<ConsoleLine> log = FXCollections.observableArrayList();

    /**
     * Adds a run's messages. Lines of the compared run (run 1) name their pattern before the lane
     * ("blocking_call › heartbeat") so the two runs cannot be confused.
     */
    public void add(int run, String patternId, List<LoopMessage> messages) {
        for (LoopMessage m : messages) {
            String lane = run == 0 ? m.laneName() : patternId + " › " + m.laneName();
            ConsoleLine line = new ConsoleLine(run, m.timeNs(), m.lane(), lane, m.kind(), m.text());
            ObservableList<ConsoleLine> target = line.isWarning() ? log : console;
            target.add(line);
            if (target.size() > MAX_LINES) {
                target.remove(0, target.size() - MAX_LINES);
            }
        }
    }

    public void clear() {
        console.clear();
        log.clear();
    }

    public ObservableList<ConsoleLine> console() {
        return console;
    }

    public ObservableList<ConsoleLine> log() {
        return log;
    }
}
