package io.lakeflow.connectors.example;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small conveniences for tests that start an example source. */
final class Sources {

    private Sources() {
    }

    /** Connection options for {@code server}, plus {@code extra} key/value pairs. */
    static Map<String, String> options(ExampleSourceServer server, String... extra) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("base_url", server.baseUrl());
        options.put("token", server.token());
        for (int i = 0; i + 1 < extra.length; i += 2) {
            options.put(extra[i], extra[i + 1]);
        }
        return options;
    }

    /** The values of {@code field} in {@code records}, in order. */
    static List<Object> column(List<Map<String, Object>> records, String field) {
        return records.stream().map(r -> r.get(field)).toList();
    }

    /** Keys as longs (JSON gives Integer or Long). */
    static List<Long> ids(List<Map<String, Object>> records, String keyField) {
        return records.stream().map(r -> ((Number) r.get(keyField)).longValue()).toList();
    }
}
