package org.loopscope.patterns.library;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An HTTP response as aiohttp's {@code session.get(url)} gives it: a status and a body. The body
 * has already arrived with the response, so {@link #json()} only parses it.
 */
public record Response(int status, String body) {
    private static final JsonFactory JSON = new JsonFactory();

    /** {@code await response.json()}: the body as a dict; the local APIs answer flat JSON objects. */
    public Map<String, Object> json() {
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalStateException("response body is not a JSON object: " + body);
            }
            Map<String, Object> dict = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                dict.put(key, value(parser, parser.nextToken()));
            }
            return Collections.unmodifiableMap(dict);
        } catch (IOException e) {
            throw new UncheckedIOException("bad JSON in response: " + body, e);
        }
    }

    private static Object value(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getNumberValue();
            case VALUE_STRING -> parser.getText();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new IllegalStateException("only flat JSON objects are expected, got " + token);
        };
    }
}
