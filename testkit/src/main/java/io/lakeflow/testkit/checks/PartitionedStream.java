package io.lakeflow.testkit.checks;

import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.Offset;
import io.lakeflow.connect.SupportsPartitionedStream;
import io.lakeflow.connect.TableMetadata;
import io.lakeflow.convert.RecordConverter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code partitioned_stream}: for {@link SupportsPartitionedStream} tables with
 * {@code isPartitioned}: a stable flag; {@code latestOffset} non-null, non-empty and JSON; the
 * micro-batch loop converges within 20 rounds; equal offsets give no partitions; and the
 * micro-batches together return the same records as one read up to the final offset.
 */
public final class PartitionedStream implements ConformanceCheck {

    private static final int MAX_ROUNDS = 20;

    @Override
    public String id() {
        return "partitioned_stream";
    }

    @Override
    public String rule() {
        return "latestOffset converges; micro-batch partitions cover exactly the one-shot read";
    }

    @Override
    public void run(CheckContext context) {
        String table = context.table();
        Map<String, String> options = context.tableOptions();
        LakeflowConnect connector = context.freshConnector();
        if (!(connector instanceof SupportsPartitionedStream stream)) {
            throw context.skip("the connector does not implement SupportsPartitionedStream");
        }
        boolean partitioned = stream.isPartitioned(table);
        if (partitioned != stream.isPartitioned(table)
                || partitioned != ((SupportsPartitionedStream) context.freshConnector()).isPartitioned(table)) {
            context.problem("isPartitioned to give the same answer on every call and instance", "it changed",
                    "decide from the table definition only");
        }
        if (!partitioned) {
            throw context.skip("not partitioned (isPartitioned is false): read by the offset loop");
        }
        TableMetadata metadata = context.metadata();
        Offset latest = stream.latestOffset(table, options, null);
        if (latest == null || latest.isEmpty()) {
            throw context.fail("latestOffset(table, options, null) to be non-null and non-empty", String.valueOf(latest),
                    "return the position up to which data is available now, e.g. {\"ts\": 1234}");
        }
        if (!Offset.fromJson(latest.toJson()).equals(latest)) {
            context.problem("latestOffset to survive a JSON round trip", latest.toJson(), "keep offsets to JSON values");
        }
        int budget = context.settings().sampleSize();
        SupportsPartitionedStream reader = (SupportsPartitionedStream) context.freshConnector();
        List<Map<String, Object>> microBatchRecords = new ArrayList<>();
        Offset start = null;
        Offset end = latest;
        boolean converged = false;
        boolean exhausted = false;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Map<String, Object>> parts = stream.getPartitions(table, options, start, end);
            if (parts == null) {
                throw context.fail("getPartitions(start, end) to return a list", "null", "return an empty list when nothing is due");
            }
            PartitionReads.Result result = PartitionReads.read(context, reader, parts, budget - microBatchRecords.size());
            microBatchRecords.addAll(result.records());
            exhausted |= result.exhausted();
            start = Offset.fromJson(end.toJson());
            end = stream.latestOffset(table, options, start);
            if (end == null) {
                throw context.fail("latestOffset(table, options, start) to be non-null", "null after " + start,
                        "return the start offset when nothing new is available");
            }
            if (end.equals(start)) {
                converged = true;
                break;
            }
        }
        if (!converged) {
            throw context.fail("latestOffset(start) to return start within " + MAX_ROUNDS + " rounds",
                    "still moving (last " + end + ")", "return the start offset when no new data is available");
        }
        List<Map<String, Object>> same = stream.getPartitions(table, options, end, end);
        if (same == null || !same.isEmpty()) {
            context.problem("no partitions between equal offsets", (same == null ? "null" : same.size() + " partition(s)")
                    + " for getPartitions(" + end + ", " + end + ")", "return an empty list when start equals end");
        }
        List<Map<String, Object>> all = stream.getPartitions(table, options, null, end);
        PartitionReads.Result oneShot = PartitionReads.read(context, reader, all == null ? List.of() : all, budget);
        PartitionReads.checkRecords(context, metadata, oneShot, "stream ");
        RecordsConvert.convertAll(context, RecordConverter.of(context.schema()), oneShot.records(), metadata, "stream ");
        if (!exhausted && !oneShot.exhausted()) {
            Set<String> batched = new HashSet<>();
            microBatchRecords.forEach(r -> batched.add(RecordIdentity.version(r, metadata)));
            List<String> lost = new ArrayList<>();
            for (Map<String, Object> record : oneShot.records()) {
                if (!batched.contains(RecordIdentity.version(record, metadata)) && lost.size() < 3) {
                    lost.add(RecordIdentity.braced(record, metadata));
                }
            }
            if (!lost.isEmpty()) {
                context.problem("the micro-batches to return every record of one read up to " + end,
                        "missing from the micro-batches: " + String.join(", ", lost),
                        "make getPartitions(start, end) cover (start, end] exactly, with no gap at the batch boundary");
            }
        }
        context.info(oneShot.records().size() + " record(s) up to " + end);
    }
}
