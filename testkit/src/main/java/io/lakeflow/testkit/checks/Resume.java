package io.lakeflow.testkit.checks;

import io.lakeflow.connect.IngestionType;
import io.lakeflow.connect.Offset;
import io.lakeflow.connect.TableMetadata;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code resume}: the headline check. One instance drains the table, recording every
 * intermediate offset and the records after it; then, for each of those offsets, a fresh
 * instance given {@code Offset.fromJson(offset.toJson())} must return exactly the records still
 * due: none lost (compared by primary key and cursor, or whole record without keys), none
 * repeated for append tables (repeats of the same key are noted for cdc tables). Catches the
 * classic bug of rows sharing a cursor value across a page boundary.
 */
public final class Resume implements ConformanceCheck {

    private static final int MAX_RESUME_POINTS = 25;
    private static final int MAX_LISTED = 3;

    @Override
    public String id() {
        return "resume";
    }

    @Override
    public String rule() {
        return "a fresh instance resuming from any returned offset reads exactly the records still due";
    }

    @Override
    public void run(CheckContext context) {
        TableMetadata metadata = context.metadata();
        Drain first = ReadPath.sample(context);
        List<Batch> batches = first.batches();
        if (batches.size() == 1 && batches.get(0).end() == null) {
            throw context.skip("snapshot table read whole in one batch (null offset): no offset to resume from");
        }
        boolean complete = first.converged() && !first.exhausted();
        List<Integer> points = resumePoints(batches);
        if (!complete) {
            context.info("first drain stopped at the sample bound (" + context.settings().sampleSize() + " records, "
                    + context.settings().maxBatches() + " calls): resumed reads compared on the records it saw");
        }
        int sample = context.settings().sampleSize();
        int repeatsNoted = 0;
        for (int point : points) {
            Batch at = batches.get(point);
            List<Map<String, Object>> before = new ArrayList<>();
            List<Map<String, Object>> expected = new ArrayList<>();
            for (int i = 0; i < batches.size(); i++) {
                (i < point ? before : expected).addAll(batches.get(i).records());
            }
            Offset stored = Offset.fromJson(at.start().toJson());
            Drain resumed = Drain.run(context, context.freshConnector(), Drain.Source.TABLE, stored,
                    context.settings().maxBatches(), sample, complete ? sample : Math.max(1, expected.size()));
            String where = "offset " + stored + (point == 0 ? " (the start)" : " (returned by call " + point + ")");
            if (complete && !resumed.converged()) {
                context.problem("the resumed read from " + where + " to converge like the first drain",
                        "no convergence within the bounds", "see read_terminates");
            }
            compare(context, metadata, where, before, expected, resumed.records(), complete);
            repeatsNoted += noteRepeats(context, metadata, where, before, resumed.records(), repeatsNoted);
        }
        context.info("resumed from " + points.size() + " offset(s) of " + batches.size() + " call(s)");
    }

    /** The batch indexes to resume at: each batch's start offset, at most {@link #MAX_RESUME_POINTS}, spread evenly. */
    private static List<Integer> resumePoints(List<Batch> batches) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < batches.size(); i++) {
            if (batches.get(i).start() != null) {
                all.add(i);
            }
        }
        if (all.size() <= MAX_RESUME_POINTS) {
            return all;
        }
        List<Integer> spread = new ArrayList<>();
        for (int k = 0; k < MAX_RESUME_POINTS; k++) {
            spread.add(all.get((int) ((long) k * (all.size() - 1) / (MAX_RESUME_POINTS - 1))));
        }
        return spread;
    }

    private static void compare(CheckContext context, TableMetadata metadata, String where,
                                List<Map<String, Object>> before, List<Map<String, Object>> expected,
                                List<Map<String, Object>> got, boolean complete) {
        Map<String, Integer> gotCount = count(got, metadata);
        Map<String, Map<String, Object>> missing = new LinkedHashMap<>();
        for (Map<String, Object> record : expected) {
            String id = RecordIdentity.version(record, metadata);
            Integer n = gotCount.get(id);
            if (n == null || n == 0) {
                missing.put(id, record);
            } else {
                gotCount.put(id, n - 1);
            }
        }
        if (!missing.isEmpty()) {
            List<String> listed = new ArrayList<>();
            for (Map<String, Object> record : missing.values()) {
                if (listed.size() == MAX_LISTED) {
                    listed.add("...");
                    break;
                }
                listed.add(RecordIdentity.braced(record, metadata));
            }
            context.problem("a fresh instance resuming from " + where + " to return the " + expected.size()
                            + " record(s) still due" + (complete ? "" : " (of the sample)"),
                    got.size() + " record(s), " + missing.size() + " lost: " + String.join(", ", listed),
                    "make the offset name the exact position: when the cursor can tie across a page boundary, store the "
                            + "cursor and the last key and read (cursor, key) > (stored), or read cursor >= stored and drop the "
                            + "records already returned; never keep the position only in instance state");
        }
        if (metadata.ingestionType() == IngestionType.APPEND) {
            Set<String> seenBefore = new HashSet<>();
            before.forEach(r -> seenBefore.add(RecordIdentity.version(r, metadata)));
            Set<String> seenNow = new HashSet<>();
            List<String> repeated = new ArrayList<>();
            for (Map<String, Object> record : got) {
                String id = RecordIdentity.version(record, metadata);
                if ((seenBefore.contains(id) || !seenNow.add(id)) && repeated.size() < MAX_LISTED) {
                    repeated.add(RecordIdentity.braced(record, metadata));
                }
            }
            if (!repeated.isEmpty()) {
                context.problem("no record repeated when an append table resumes from " + where,
                        "repeated: " + String.join(", ", repeated),
                        "read strictly after the stored position (> not >=), or store a position that excludes what was returned");
            }
        }
    }

    private static int noteRepeats(CheckContext context, TableMetadata metadata, String where,
                                   List<Map<String, Object>> before, List<Map<String, Object>> got, int alreadyNoted) {
        if (metadata.ingestionType() == IngestionType.APPEND || metadata.primaryKeys().isEmpty() || alreadyNoted > 0) {
            return 0;
        }
        Set<String> seenBefore = new HashSet<>();
        before.forEach(r -> seenBefore.add(RecordIdentity.version(r, metadata)));
        long repeats = got.stream().filter(r -> seenBefore.contains(RecordIdentity.version(r, metadata))).count();
        if (repeats > 0) {
            context.info(repeats + " record(s) returned again after resuming from " + where
                    + " (same keys: harmless for " + metadata.ingestionType() + ", but costs work)");
            return 1;
        }
        return 0;
    }

    private static Map<String, Integer> count(List<Map<String, Object>> records, TableMetadata metadata) {
        Map<String, Integer> counts = new HashMap<>();
        records.forEach(r -> counts.merge(RecordIdentity.version(r, metadata), 1, Integer::sum));
        return counts;
    }
}
