package org.loopscope.patterns;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checked parameter values of one run of a pattern; unknown keys and bad values are refused up front. */
public final class Params {
    private final Map<String, Double> values;

    private Params(Map<String, Double> values) {
        this.values = values;
    }

    public static Params defaults(List<ParamSpec> specs) {
        return of(specs, Map.of());
    }

    /** Defaults overridden by {@code given} (key → text), each checked against its spec. */
    public static Params of(List<ParamSpec> specs, Map<String, String> given) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (ParamSpec s : specs) {
            values.put(s.key(), s.defaultValue());
        }
        for (Map.Entry<String, String> e : given.entrySet()) {
            ParamSpec spec = specs.stream().filter(s -> s.key().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> new BadParameterException("unknown parameter '" + e.getKey() + "'"
                            + (specs.isEmpty() ? " (this pattern has none)" : " (known: " + String.join(", ", specs.stream().map(ParamSpec::key).toList()) + ")")));
            values.put(spec.key(), spec.parse(e.getValue()));
        }
        return new Params(values);
    }

    /** Parses {@code key=value} strings as given on the command line. */
    public static Params parse(List<ParamSpec> specs, List<String> keyValues) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String kv : keyValues) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw new BadParameterException("parameter '" + kv + "' must look like key=value");
            }
            given.put(kv.substring(0, eq).trim(), kv.substring(eq + 1));
        }
        return of(specs, given);
    }

    public double seconds(String key) {
        return value(key);
    }

    public int count(String key) {
        return (int) value(key);
    }

    private double value(String key) {
        Double v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no parameter " + key);
        }
        return v;
    }

    public Map<String, Double> asMap() {
        return Collections.unmodifiableMap(values);
    }
}
