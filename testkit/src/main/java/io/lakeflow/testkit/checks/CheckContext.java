package io.lakeflow.testkit.checks;

import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.TableMetadata;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.sql.types.StructType;
import org.opentest4j.TestAbortedException;

/**
 * What one run of one check for one subject (a table, or the connector) sees: the connector
 * under test, the subject, and where the check reports problems, notes and the records it read.
 */
public final class CheckContext {

    private static final int MAX_PROBLEMS_SHOWN = 5;

    private final ConformanceCheck check;
    private final ConnectorUnderTest connector;
    private final String table;
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private final List<String> notes = Collections.synchronizedList(new ArrayList<>());
    private final List<LakeflowConnect> instances = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong recordsRead = new AtomicLong();

    /**
     * @param check     the check being run
     * @param connector the connector under test
     * @param table     the table, or {@code null} for a connector-level run
     */
    public CheckContext(ConformanceCheck check, ConnectorUnderTest connector, String table) {
        this.check = check;
        this.connector = connector;
        this.table = table;
    }

    /** The table under check, or {@code null} for a connector-level run. */
    public String table() {
        return table;
    }

    /** The table, or the connector's name for a connector-level run: the {@code [subject]} of messages. */
    public String subject() {
        return table != null ? table : connector.name();
    }

    /** The connector under test. */
    public ConnectorUnderTest connector() {
        return connector;
    }

    /** The run's configuration. */
    public SuiteSettings settings() {
        return connector.settings();
    }

    /** The table's options. */
    public Map<String, String> tableOptions() {
        return table == null ? Map.of() : settings().tableOptions(table);
    }

    /** A fresh connector instance, closed when the check ends. */
    public LakeflowConnect freshConnector() {
        LakeflowConnect instance = connector.newInstance();
        instances.add(instance);
        return instance;
    }

    /** The table's schema from the shared instance; fails this check if it cannot be read. */
    public StructType schema() {
        try {
            StructType schema = connector.schema(table);
            if (schema == null) {
                throw fail("getTableSchema to return a schema", "null", "return the table's StructType (schema_valid)");
            }
            return schema;
        } catch (RuntimeException e) {
            throw fail("getTableSchema to succeed", describe(e), "see schema_valid; this check needs the schema");
        }
    }

    /** The table's metadata from the shared instance; fails this check if it cannot be read. */
    public TableMetadata metadata() {
        try {
            TableMetadata metadata = connector.metadata(table);
            if (metadata == null) {
                throw fail("readTableMetadata to return metadata", "null", "return the table's TableMetadata (metadata_valid)");
            }
            return metadata;
        } catch (RuntimeException e) {
            throw fail("readTableMetadata to succeed", describe(e), "see metadata_valid; this check needs the metadata");
        }
    }

    /** The listed tables from the shared instance; fails this check if they cannot be listed. */
    public List<String> tables() {
        try {
            List<String> tables = connector.tables();
            return tables == null ? List.of() : tables;
        } catch (RuntimeException e) {
            throw fail("listTables to succeed", describe(e), "see list_tables");
        }
    }

    /** Records a violated rule; the check fails at its end if any was recorded, and goes on meanwhile. */
    public void problem(String expected, String seen, String fix) {
        problems.add(CheckFailure.format(subject(), check.id(), expected, seen, fix));
    }

    /** A failure to throw now: {@code throw context.fail(...)}. */
    public CheckFailure fail(String expected, String seen, String fix) {
        return new CheckFailure(CheckFailure.format(subject(), check.id(), expected, seen, fix));
    }

    /** Skips this check for this subject with {@code reason}: {@code throw context.skip(...)}. */
    public TestAbortedException skip(String reason) {
        return new TestAbortedException(reason);
    }

    /** Adds a note for the report (something a reviewer should know, not a failure). */
    public void info(String note) {
        notes.add(note);
    }

    /** Counts records read from the source by this check. */
    public void countRecords(long count) {
        recordsRead.addAndGet(count);
    }

    /** Records read from the source by this check so far. */
    public long recordsRead() {
        return recordsRead.get();
    }

    /** Notes added with {@link #info}. */
    public List<String> notes() {
        synchronized (notes) {
            return List.copyOf(notes);
        }
    }

    /** Throws the recorded problems as one failure (the first few in full), if any. */
    public void throwProblems() {
        List<String> copy;
        synchronized (problems) {
            copy = List.copyOf(problems);
        }
        if (copy.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder(copy.get(0));
        for (int i = 1; i < Math.min(copy.size(), MAX_PROBLEMS_SHOWN); i++) {
            message.append('\n').append(copy.get(i));
        }
        if (copy.size() > MAX_PROBLEMS_SHOWN) {
            message.append("\n(and ").append(copy.size() - MAX_PROBLEMS_SHOWN).append(" more problems)");
        }
        throw new CheckFailure(message.toString());
    }

    /** Closes the instances this check created. */
    public void closeInstances() {
        synchronized (instances) {
            for (LakeflowConnect instance : instances) {
                try {
                    instance.close();
                } catch (RuntimeException ignored) {
                    // Closing is best effort; the check's own outcome matters.
                }
            }
            instances.clear();
        }
    }

    /** {@code SimpleName: message} of an exception, for "seen" texts. */
    public static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
