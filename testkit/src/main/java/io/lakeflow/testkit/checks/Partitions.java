package io.lakeflow.testkit.checks;

import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.SupportsPartition;
import io.lakeflow.connect.SupportsPartitionedStream;
import io.lakeflow.connect.TableMetadata;
import io.lakeflow.convert.RecordConverter;
import java.util.List;
import java.util.Map;

/**
 * {@code partitions}: for {@link SupportsPartition} tables, {@code getPartitions} is non-empty,
 * stable and JSON-serialisable; each partition (read by a fresh instance from its JSON form)
 * yields records that convert; some records in all; no record in two partitions.
 */
public final class Partitions implements ConformanceCheck {

    @Override
    public String id() {
        return "partitions";
    }

    @Override
    public String rule() {
        return "getPartitions is non-empty, stable, JSON; partitions are disjoint and yield convertible records";
    }

    @Override
    public void run(CheckContext context) {
        LakeflowConnect connector = context.freshConnector();
        if (!(connector instanceof SupportsPartition partitioned)) {
            throw context.skip("the connector does not implement SupportsPartition");
        }
        if (connector instanceof SupportsPartitionedStream stream && !stream.isPartitioned(context.table())) {
            throw context.skip("not partitioned (isPartitioned is false)");
        }
        TableMetadata metadata = context.metadata();
        List<Map<String, Object>> partitions = partitioned.getPartitions(context.table(), context.tableOptions());
        if (partitions == null || partitions.isEmpty()) {
            throw context.fail("at least one partition", partitions == null ? "null" : "an empty list",
                    "return one partition for the whole table if it cannot be split");
        }
        List<Map<String, Object>> again = partitioned.getPartitions(context.table(), context.tableOptions());
        if (again == null || !PartitionReads.canonical(partitions).equals(PartitionReads.canonical(again))) {
            context.problem("equal partitions on every call", PartitionReads.canonical(partitions) + " then "
                    + (again == null ? "null" : PartitionReads.canonical(again)), "derive partitions from the source's state only");
        }
        SupportsPartition reader = (SupportsPartition) context.freshConnector();
        PartitionReads.Result result = PartitionReads.read(context, reader, partitions, context.settings().sampleSize());
        if (result.records().isEmpty()
                && context.settings().allowances(Allowance.EMPTY_FIRST_READ, context.table()).isEmpty()) {
            context.problem("records from the partitions", "none from " + partitions.size() + " partition(s)",
                    "give the source rows for this table, or allow an empty read with @AllowEmptyFirstRead");
        }
        PartitionReads.checkRecords(context, metadata, result, "");
        RecordsConvert.convertAll(context, RecordConverter.of(context.schema()), result.records(), metadata, "partition ");
        context.info(partitions.size() + " partition(s), " + result.records().size() + " record(s) read");
    }
}
