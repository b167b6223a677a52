package io.lakeflow.testkit.docs;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One table as a README's Tables section documents it (or as the code declares it, for comparison):
 * the first five columns of the section's markdown table.
 *
 * <p>{@value #ANY} in a cell means "any value", for connectors whose tables are discovered from the source
 * (a database's tables): a row named {@code *} documents every listed table without a row of its own, and a
 * {@code *} in another cell leaves that property unchecked. The code's side never holds wildcards.
 *
 * @param name          the table's name, as {@code listTables()} returns it, or {@value #ANY}
 * @param ingestionType {@code snapshot}, {@code cdc}, {@code cdc_with_deletes}, {@code append}, or {@value #ANY}
 * @param primaryKeys   the primary key columns, in order; empty for none; {@code [*]} for any
 * @param cursor        the cursor field, {@code null} for none, or {@value #ANY}
 * @param deletes       whether deletes are read ({@code readTableDeletes}): true exactly for
 *                      {@code cdc_with_deletes}; {@code null} for any
 */
public record DocumentedTable(String name, String ingestionType, List<String> primaryKeys, String cursor, Boolean deletes) {

    /** The wildcard cell. */
    public static final String ANY = "*";

    /** The ingestion types' configuration names. */
    public static final Set<String> INGESTION_TYPES = Set.of("snapshot", "cdc", "cdc_with_deletes", "append");

    /** Copies the keys (a {@code null} list becomes empty). */
    public DocumentedTable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ingestionType, "ingestionType");
        primaryKeys = primaryKeys == null ? List.of() : List.copyOf(primaryKeys);
    }

    /**
     * A table as the code declares it: deletes follow from the ingestion type.
     *
     * @param ingestionType the configuration name, e.g. {@code cdc_with_deletes}
     */
    public static DocumentedTable declared(String name, String ingestionType, List<String> primaryKeys, String cursor) {
        return new DocumentedTable(name, ingestionType, primaryKeys, cursor, "cdc_with_deletes".equals(ingestionType));
    }

    /** The header of the section's markdown table, with a {@code notes} column, and its separator line. */
    public static String header() {
        return "| table | ingestion type | primary key | cursor | deletes | notes |\n| --- | --- | --- | --- | --- | --- |";
    }

    /** This table as a row of the section, with {@code notes} in the last column. */
    public String row(String notes) {
        return "| " + tick(name) + " | " + ingestionType + " | " + keysCell() + " | " + cursorCell() + " | "
                + deletesCell() + " | " + (notes == null ? "" : notes) + " |";
    }

    /** Whether {@code declared} (from the code) agrees with this documented row, wildcards matching anything. */
    boolean matches(DocumentedTable declared) {
        return mismatches(declared).isEmpty();
    }

    /** The properties where {@code declared} differs from this row, as {@code "cursor `a` (README: `b`)"}. */
    List<String> mismatches(DocumentedTable declared) {
        List<String> wrong = new java.util.ArrayList<>();
        if (!ANY.equals(ingestionType) && !ingestionType.equals(declared.ingestionType)) {
            wrong.add("ingestion type " + declared.ingestionType + " (README: " + ingestionType + ")");
        }
        if (!primaryKeys.equals(List.of(ANY)) && !primaryKeys.equals(declared.primaryKeys)) {
            wrong.add("primary key " + declared.keysCell() + " (README: " + keysCell() + ")");
        }
        if (!ANY.equals(cursor) && !Objects.equals(cursor, declared.cursor)) {
            wrong.add("cursor " + declared.cursorCell() + " (README: " + cursorCell() + ")");
        }
        if (deletes != null && !deletes.equals(declared.deletes)) {
            wrong.add("deletes " + declared.deletesCell() + " (README: " + deletesCell() + ")");
        }
        return wrong;
    }

    /** The primary key cell: {@code `a`, `b`}, {@code -} or {@code *}. */
    String keysCell() {
        if (primaryKeys.isEmpty()) {
            return "-";
        }
        if (primaryKeys.equals(List.of(ANY))) {
            return ANY;
        }
        return String.join(", ", primaryKeys.stream().map(DocumentedTable::tick).toList());
    }

    String cursorCell() {
        return cursor == null ? "-" : tick(cursor);
    }

    String deletesCell() {
        return deletes == null ? ANY : deletes ? "yes" : "-";
    }

    private static String tick(String field) {
        return ANY.equals(field) ? ANY : "`" + field + "`";
    }
}
