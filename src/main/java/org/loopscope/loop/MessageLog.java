package org.loopscope.loop;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Every line printed and warning raised during a run, kept in order and passed to listeners as it happens. */
final class MessageLog {
    private final List<LoopMessage> messages = new ArrayList<>();
    private final List<Consumer<LoopMessage>> listeners = new ArrayList<>();

    void addListener(Consumer<LoopMessage> listener) {
        listeners.add(listener);
    }

    void add(LoopMessage message) {
        messages.add(message);
        for (Consumer<LoopMessage> listener : listeners) {
            listener.accept(message);
        }
    }

    List<LoopMessage> all() {
        return List.copyOf(messages);
    }
}
