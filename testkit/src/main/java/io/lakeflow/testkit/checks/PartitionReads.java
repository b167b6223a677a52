package io.lakeflow.testkit.checks;

import io.lakeflow.connect.Offset;
import io.lakeflow.connect.SupportsPartition;
import io.lakeflow.connect.TableMetadata;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Reads partitions as the pipeline does (descriptors after a JSON round trip), within a record budget. */
final class PartitionReads {

    private PartitionReads() {
    }

    /** A partition's records and where each came from. */
    record Result(List<Map<String, Object>> records, List<Integer> partitionOf, boolean exhausted) {
    }

    /**
     * The descriptor as a reader in another process gets it, or {@code null} (with a problem recorded)
     * when it is not JSON.
     */
    static Map<String, Object> roundTrip(CheckContext context, Map<String, Object> descriptor, int index) {
        try {
            return Offset.fromJson(Offset.of(descriptor).toJson()).asMap();
        } catch (RuntimeException e) {
            context.problem("JSON-serialisable partition descriptors (the same value rules as Offset)",
                    "partition " + index + ": " + CheckContext.describe(e), "keep descriptors to Strings, Numbers, Booleans, Lists and Maps");
            return null;
        }
    }

    /** Canonical texts of descriptors, for stability comparisons. */
    static List<String> canonical(List<Map<String, Object>> descriptors) {
        List<String> out = new ArrayList<>();
        descriptors.forEach(d -> out.add(CanonicalJson.of(d)));
        return out;
    }

    /** Reads every partition with {@code reader}, at most {@code budget} records in all. */
    static Result read(CheckContext context, SupportsPartition reader, List<Map<String, Object>> partitions, int budget) {
        List<Map<String, Object>> records = new ArrayList<>();
        List<Integer> partitionOf = new ArrayList<>();
        for (int p = 0; p < partitions.size(); p++) {
            Map<String, Object> descriptor = roundTrip(context, partitions.get(p), p);
            if (descriptor == null) {
                continue;
            }
            Iterator<Map<String, Object>> it = reader.readPartition(context.table(), descriptor, context.tableOptions());
            if (it == null) {
                context.problem("readPartition to return an iterator", "null for partition " + p, "return an empty iterator for an empty partition");
                continue;
            }
            while (it.hasNext()) {
                if (records.size() >= budget) {
                    context.countRecords(records.size());
                    return new Result(records, partitionOf, true);
                }
                Object record = it.next();
                if (!(record instanceof Map<?, ?>)) {
                    throw context.fail("readPartition records to be Map<String, Object>",
                            record == null ? "a null record" : "a " + record.getClass().getName(), "return each record as a Map");
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> map = (Map<String, Object>) record;
                records.add(map);
                partitionOf.add(p);
            }
        }
        context.countRecords(records.size());
        return new Result(records, partitionOf, false);
    }

    /** Records a problem for each record found in two partitions (by identity) and for null keys. */
    static void checkRecords(CheckContext context, TableMetadata metadata, Result result, String what) {
        Map<String, Integer> seen = new HashMap<>();
        int duplicates = 0;
        int nullKeys = 0;
        for (int i = 0; i < result.records().size(); i++) {
            Map<String, Object> record = result.records().get(i);
            for (String key : metadata.primaryKeys()) {
                if (RecordPaths.get(record, key) == null && nullKeys++ < 3) {
                    context.problem("primary key '" + key + "' in every " + what + "record", "null or missing in record " + i,
                            "fill the key in every record");
                }
            }
            String id = metadata.primaryKeys().isEmpty() ? RecordIdentity.version(record, metadata)
                    : "{" + RecordIdentity.key(record, metadata.primaryKeys()) + "}";
            Integer earlier = seen.put(id, result.partitionOf().get(i));
            if (earlier != null && duplicates++ < 3) {
                context.problem("each record in one " + what + "partition only", id + " in partitions " + earlier + " and "
                        + result.partitionOf().get(i), "make partitions disjoint (half-open ranges: from <= x < to)");
            }
        }
    }
}
