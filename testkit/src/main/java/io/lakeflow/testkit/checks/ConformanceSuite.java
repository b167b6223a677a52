package io.lakeflow.testkit.checks;

import java.util.List;

/** The standard checks, in the order they run and are reported. */
public final class ConformanceSuite {

    private ConformanceSuite() {
    }

    /** A new instance of every standard check. */
    public static List<ConformanceCheck> standardChecks() {
        return List.of(
                new ProviderRegistered(),
                new ListTables(),
                new UnknownTableRejected(),
                new SchemaValid(),
                new MetadataValid(),
                new DocsMatchCode(),
                new ReadShape(),
                new RecordsConvert(),
                new PrimaryKeys(),
                new ReadTerminates(),
                new OffsetAdvances(),
                new CursorMonotonic(),
                new Resume(),
                new ReadComplete(),
                new EveryColumnPopulated(),
                new DeletesRead(),
                new Partitions(),
                new PartitionedStream(),
                new WriteBackTables(),
                new WriteBackRead(),
                new WriteBackDeletes(),
                new SecretsNotLeaked());
    }
}
