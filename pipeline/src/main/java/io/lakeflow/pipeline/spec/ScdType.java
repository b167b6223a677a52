package io.lakeflow.pipeline.spec;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How a destination keeps changes: latest state, full history, or appended rows. */
public enum ScdType {
    /** The destination holds the latest version of each key. */
    SCD_TYPE_1,
    /** The destination keeps every version of each key, with {@code __START_AT} and {@code __END_AT}. */
    SCD_TYPE_2,
    /** Rows are appended, never updated or deleted (forces the {@code append} ingestion type). */
    APPEND_ONLY;

    /** The accepted spellings, for messages. */
    public static String accepted() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** Parses the spec's spelling, exactly; {@code null} when it is none. */
    public static ScdType parse(String text) {
        for (ScdType t : values()) {
            if (t.name().equals(text)) {
                return t;
            }
        }
        return null;
    }
}
