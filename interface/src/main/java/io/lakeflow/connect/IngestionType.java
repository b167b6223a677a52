package io.lakeflow.connect;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the framework ingests a table, and therefore which protocol rules the table's reads follow.
 * Each constant prints and parses its own configuration name ({@code snapshot}, {@code cdc},
 * {@code cdc_with_deletes}, {@code append}), as used in JSON reports and pipeline specs.
 */
public enum IngestionType {
    /**
     * Every complete read returns the whole table. The destination is replaced by (or diffed
     * against) the latest snapshot, so rows missing from it are removed downstream.
     */
    SNAPSHOT("snapshot"),
    /**
     * Changed rows are read incrementally, ordered by a cursor field; the destination is upserted
     * by primary key. Deletes are not reported.
     */
    CDC("cdc"),
    /**
     * Like {@link #CDC}, and deleted rows are reported by
     * {@link LakeflowConnect#readTableDeletes(String, Offset, java.util.Map)}.
     */
    CDC_WITH_DELETES("cdc_with_deletes"),
    /** Immutable rows that are only ever added; the destination appends them. No primary key needed. */
    APPEND("append");

    private final String configName;

    IngestionType(String configName) {
        this.configName = configName;
    }

    /** The name used in JSON and specs, e.g. {@code cdc_with_deletes}. */
    public String configName() {
        return configName;
    }

    /** Whether tables of this type are read incrementally along a cursor field. */
    public boolean requiresCursor() {
        return this == CDC || this == CDC_WITH_DELETES;
    }

    /** Whether tables of this type need non-empty primary keys. */
    public boolean requiresPrimaryKeys() {
        return this != APPEND;
    }

    /**
     * Parses a configuration name, case-insensitively; the enum constant's own name
     * ({@code CDC_WITH_DELETES}) is accepted too.
     *
     * @throws IllegalArgumentException naming the accepted values, when {@code name} is none of them
     */
    public static IngestionType fromConfigName(String name) {
        if (name != null) {
            String normalised = name.trim().toLowerCase(Locale.ROOT);
            for (IngestionType type : values()) {
                if (type.configName.equals(normalised)) {
                    return type;
                }
            }
        }
        throw new IllegalArgumentException("Unknown ingestion type '" + name + "': expected one of "
                + Arrays.stream(values()).map(IngestionType::configName).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return configName;
    }
}
