package org.loopscope.patterns.library;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Python dict literals for the guide's results: keys keep their order, so print shows {'id': 1, 'name': 'user_1'}. */
final class PyDict {
    private PyDict() {
    }

    /** {@code dict("id", 1, "name", "user_1")} is Python's {@code {"id": 1, "name": "user_1"}}. */
    static Map<String, Object> dict(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("dict needs key, value pairs");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
