package io.lakeflow.connect;

import java.util.List;
import java.util.Objects;

/**
 * What the framework needs to know to ingest one table.
 *
 * <p>Rules the testkit enforces (and the pipeline relies on):
 * <ul>
 *   <li>every type but {@link IngestionType#APPEND} has non-empty {@code primaryKeys}, each a
 *       (possibly dotted, for nested structs) path present in the table's schema;</li>
 *   <li>{@link IngestionType#CDC} and {@link IngestionType#CDC_WITH_DELETES} have a
 *       {@code cursorField} present in the schema;</li>
 *   <li>{@link IngestionType#CDC_WITH_DELETES} tables implement
 *       {@link LakeflowConnect#readTableDeletes}.</li>
 * </ul>
 *
 * @param primaryKeys   the columns identifying a row, in order; empty (never {@code null}) when there are none
 * @param cursorField   the column whose value orders changes, or {@code null} when the table has none
 * @param ingestionType how the table is ingested; never {@code null}
 */
public record TableMetadata(List<String> primaryKeys, String cursorField, IngestionType ingestionType) {

    /** Copies {@code primaryKeys} (a {@code null} list becomes empty) and rejects a null ingestion type. */
    public TableMetadata {
        primaryKeys = primaryKeys == null ? List.of() : List.copyOf(primaryKeys);
        Objects.requireNonNull(ingestionType, "ingestionType");
    }

    /** A snapshot table with the given primary keys. */
    public static TableMetadata snapshot(String... primaryKeys) {
        return new TableMetadata(List.of(primaryKeys), null, IngestionType.SNAPSHOT);
    }

    /** An append-only table ordered by {@code cursorField} (which may be {@code null}). */
    public static TableMetadata append(String cursorField) {
        return new TableMetadata(List.of(), cursorField, IngestionType.APPEND);
    }

    /** A cdc table keyed by {@code primaryKeys} and ordered by {@code cursorField}. */
    public static TableMetadata cdc(String cursorField, String... primaryKeys) {
        return new TableMetadata(List.of(primaryKeys), cursorField, IngestionType.CDC);
    }

    /** A cdc table that also reports deletes. */
    public static TableMetadata cdcWithDeletes(String cursorField, String... primaryKeys) {
        return new TableMetadata(List.of(primaryKeys), cursorField, IngestionType.CDC_WITH_DELETES);
    }
}
