package io.lakeflow.testkit.checks;

import io.lakeflow.testkit.WrittenRows;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Finds written rows among read records through {@link WrittenRows#columnMap()}. */
final class WrittenRowMatcher {

    private WrittenRowMatcher() {
    }

    /** Descriptions of the written rows not found in {@code records}. */
    static List<String> missing(WrittenRows written, List<Map<String, Object>> records) {
        List<String> missing = new ArrayList<>();
        for (Map<String, Object> row : written.rows()) {
            boolean found = records.stream().anyMatch(record -> matches(row, record, written.columnMap()));
            if (!found) {
                missing.add(describe(row, written.columnMap()));
            }
        }
        return missing;
    }

    private static boolean matches(Map<String, Object> row, Map<String, Object> record, Map<String, String> columnMap) {
        for (Map.Entry<String, String> e : columnMap.entrySet()) {
            if (!row.containsKey(e.getKey()) || row.get(e.getKey()) == null) {
                continue;
            }
            Object read = RecordPaths.get(record, e.getValue());
            if (!same(row.get(e.getKey()), read)) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(Object written, Object read) {
        if (read == null) {
            return false;
        }
        return CanonicalJson.of(written).equals(CanonicalJson.of(read)) || String.valueOf(written).equals(String.valueOf(read));
    }

    private static String describe(Map<String, Object> row, Map<String, String> columnMap) {
        StringBuilder out = new StringBuilder("{");
        for (String column : columnMap.keySet()) {
            if (row.containsKey(column)) {
                out.append(out.length() == 1 ? "" : ", ").append(column).append('=')
                        .append(CanonicalJson.abbreviated(row.get(column), 60));
            }
        }
        return out.append('}').toString();
    }
}
