package io.lakeflow.testkit.checks;

import io.lakeflow.connect.TableMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How checks tell records apart: by primary key (plus the cursor value, so that two versions of
 * one row differ), or by the whole record for tables without keys.
 */
final class RecordIdentity {

    private RecordIdentity() {
    }

    /** The primary-key text of {@code record}, e.g. {@code id=5}, or {@code null} when the table has no keys. */
    static String key(Map<?, ?> record, List<String> primaryKeys) {
        if (primaryKeys.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String key : primaryKeys) {
            parts.add(key + "=" + CanonicalJson.of(RecordPaths.get(record, key)));
        }
        return String.join(", ", parts);
    }

    /** The identity of one version of one row: keys and cursor, or the whole record without keys. */
    static String version(Map<?, ?> record, TableMetadata metadata) {
        String key = key(record, metadata.primaryKeys());
        if (key == null) {
            return CanonicalJson.of(record);
        }
        return metadata.cursorField() == null ? key
                : key + ", " + metadata.cursorField() + "=" + CanonicalJson.of(RecordPaths.get(record, metadata.cursorField()));
    }

    /** Like {@link #describe}, in braces for lists: {@code {id=4, updated_at="..."}} or the record's own JSON. */
    static String braced(Map<?, ?> record, TableMetadata metadata) {
        String text = describe(record, metadata);
        return text.startsWith("{") ? text : "{" + text + "}";
    }

    /** A short description of a record for messages: its key or an abbreviation. */
    static String describe(Map<?, ?> record, TableMetadata metadata) {
        String version = version(record, metadata);
        return version.length() <= 160 ? version : version.substring(0, 160) + "...";
    }
}
