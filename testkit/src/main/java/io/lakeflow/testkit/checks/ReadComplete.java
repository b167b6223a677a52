package io.lakeflow.testkit.checks;

import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.convert.ConversionException;
import io.lakeflow.convert.RecordConverter;
import io.lakeflow.connect.Offset;
import io.lakeflow.connect.SupportsPartition;
import io.lakeflow.connect.SupportsPartitionedStream;
import io.lakeflow.connect.TableMetadata;
import io.lakeflow.testkit.Simulator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

/**
 * {@code read_complete}: a full read returns every record the source holds, compared with the
 * simulator's ground truth ({@link Simulator#expectedRecords}) by primary key (by count for
 * tables without keys), and nothing the source does not hold.
 *
 * <p>{@code resume} compares the connector with itself, so a connector that loses the same rows
 * on every read (rows tied on the cursor at a page boundary, a filter with {@code >} where
 * {@code >=} was needed, an off-by-one page) passes it; this check does not.
 */
public final class ReadComplete implements ConformanceCheck {

    /** Records a full read may consume: far above any simulator corpus, a guard against endless reads. */
    private static final int MAX_RECORDS = 1_000_000;
    private static final int MAX_LISTED = 5;

    @Override
    public String id() {
        return "read_complete";
    }

    @Override
    public String rule() {
        return "a full read returns every record the source holds, and nothing else";
    }

    @Override
    public void run(CheckContext context) {
        Simulator simulator = context.connector().simulator()
                .orElseThrow(() -> context.skip("no simulator in mode " + context.settings().mode().configName()
                        + ": the source's contents are known only to a simulator"));
        Optional<List<Map<String, Object>>> truth = simulator.expectedRecords(context.table());
        if (truth.isEmpty()) {
            throw context.skip(simulator.getClass().getSimpleName() + " does not tell what the source holds "
                    + "(override Simulator.expectedRecords to enable this check)");
        }
        List<Map<String, Object>> expected = truth.get();
        TableMetadata metadata = context.metadata();
        List<Map<String, Object>> got = readAll(context);
        List<String> keys = metadata.primaryKeys();
        if (keys.isEmpty()) {
            if (got.size() != expected.size()) {
                context.problem("a full read to return the " + expected.size() + " record(s) the source holds",
                        got.size() + " record(s)", fixHint());
            }
            return;
        }
        KeyText keyText = new KeyText(context.schema(), keys);
        Set<String> expectedKeys = keySet(expected, keyText);
        Set<String> gotKeys = keySet(got, keyText);
        Set<String> missing = new LinkedHashSet<>(expectedKeys);
        missing.removeAll(gotKeys);
        Set<String> unexpected = new LinkedHashSet<>(gotKeys);
        unexpected.removeAll(expectedKeys);
        if (!missing.isEmpty()) {
            context.problem("a full read to return all " + expectedKeys.size() + " row(s) the source holds",
                    gotKeys.size() + " distinct key(s); " + missing.size() + " missing: " + listed(missing), fixHint());
        }
        if (!unexpected.isEmpty()) {
            context.problem("a full read to return only rows the source holds",
                    unexpected.size() + " key(s) the source does not hold: " + listed(unexpected),
                    "check the key fields the connector returns (types and names as the source has them), and that "
                            + "deleted rows are not returned by readTable");
        }
        context.info("compared " + got.size() + " record(s) read with " + expected.size() + " held by the source");
    }

    /** Every record of the table: the offset loop, or all batch partitions for a partitioned table. */
    private static List<Map<String, Object>> readAll(CheckContext context) {
        LakeflowConnect connector = context.freshConnector();
        if (connector instanceof SupportsPartitionedStream stream && stream.isPartitioned(context.table())) {
            List<Map<String, Object>> all = new ArrayList<>();
            SupportsPartition partitions = stream;
            for (Map<String, Object> partition : partitions.getPartitions(context.table(), context.tableOptions())) {
                Iterator<Map<String, Object>> records = partitions.readPartition(context.table(), partition, context.tableOptions());
                records.forEachRemaining(all::add);
            }
            context.countRecords(all.size());
            return all;
        }
        Drain drain = Drain.run(context, connector, Drain.Source.TABLE, Offset.empty(), context.settings().maxBatches(),
                MAX_RECORDS, MAX_RECORDS);
        if (!drain.converged()) {
            throw context.skip("the table was not drained within " + context.settings().maxBatches() + " calls "
                    + "(see read_terminates); raise @LakeflowConformance(maxBatches) to check completeness");
        }
        return drain.records();
    }

    private static Set<String> keySet(List<Map<String, Object>> records, KeyText keyText) {
        Set<String> out = new LinkedHashSet<>();
        records.forEach(r -> out.add(keyText.of(r)));
        return out;
    }

    /**
     * A record's key as text, each key value first converted to its column's Spark type with the
     * shared converter, so that the source's rendering and the connector's compare by value
     * ({@code "2024-01-01T00:00:01+00:00"} and {@code "2024-01-01T00:00:01Z"} are one instant).
     * A value that does not convert is compared as it is (records_convert reports it).
     */
    private static final class KeyText {
        private final List<String> keys;
        private final List<RecordConverter> converters = new ArrayList<>();

        KeyText(StructType schema, List<String> keys) {
            this.keys = keys;
            for (String key : keys) {
                DataType type = RecordPaths.resolve(schema, key);
                converters.add(type == null ? null : RecordConverter.of(new StructType().add("v", type)));
            }
        }

        String of(Map<String, Object> record) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                Object value = RecordPaths.get(record, keys.get(i));
                parts.add(keys.get(i) + "=" + text(converters.get(i), value));
            }
            return String.join(", ", parts);
        }

        private static String text(RecordConverter converter, Object value) {
            if (converter != null && value != null) {
                try {
                    Object converted = ((Object[]) converter.convert(Map.of("v", value)))[0];
                    return converted instanceof byte[] bytes ? Arrays.toString(bytes) : String.valueOf(converted);
                } catch (ConversionException e) {
                    // compared as it is below
                }
            }
            return CanonicalJson.of(value);
        }
    }

    private static String listed(Set<String> keys) {
        List<String> shown = new ArrayList<>();
        for (String key : keys) {
            if (shown.size() == MAX_LISTED) {
                shown.add("...");
                break;
            }
            shown.add("{" + key + "}");
        }
        return String.join(", ", shown);
    }

    private static String fixHint() {
        return "read every page: when rows share a cursor value, store the cursor and the last key and read "
                + "(cursor, key) > (stored); check the first and last page and any upper bound (until/high-water mark) is inclusive";
    }
}
