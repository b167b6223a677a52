package io.lakeflow.testkit;

import java.util.List;

/**
 * Writes to the source under test, so the suite can check that what was written comes back
 * through the connector: a connector's tests implement it and name it in
 * {@link LakeflowConformance#writeBack()}.
 *
 * <p>An implementation has a public constructor taking {@code Map<String, String>}: the same
 * connection options the connector gets (the simulator's, or the live credentials). The suite
 * creates one instance per test class and closes it at the end.
 *
 * <p>The cycle: the suite drains a table with the connector and keeps the final offset, calls
 * {@link #writeRows}, then reads from that offset with a <em>fresh</em> connector instance and
 * requires every written row among the records returned (matched through
 * {@link WrittenRows#columnMap()}). For deletes it calls {@link #deleteRows} and requires the
 * deleted keys to come back from {@code readTableDeletes}.
 */
public interface WriteBack extends AutoCloseable {

    /** Tables {@link #writeRows} can write to; a subset of the connector's {@code listTables()}. */
    List<String> insertableTables();

    /**
     * Writes {@code count} newly generated rows to {@code table} (or updates existing ones, for
     * sources where a write is an update) and returns them as written.
     */
    WrittenRows writeRows(String table, int count);

    /** Tables {@link #deleteRows} can delete from; each a {@code cdc_with_deletes} table. None by default. */
    default List<String> deletableTables() {
        return List.of();
    }

    /**
     * Deletes {@code count} rows from {@code table} (creating them first if needed) and returns
     * the deleted rows, at least with their primary keys.
     */
    default WrittenRows deleteRows(String table, int count) {
        throw new UnsupportedOperationException("deleteRows is not implemented; deletableTables() must then be empty");
    }

    /** Removes what the suite wrote, where the source allows it. Called once, at the end. */
    @Override
    default void close() {
    }
}
