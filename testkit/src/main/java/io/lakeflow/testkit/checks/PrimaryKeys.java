package io.lakeflow.testkit.checks;

import io.lakeflow.connect.IngestionType;
import io.lakeflow.connect.TableMetadata;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code primary_keys}: key values are non-null in every record, unique within one full snapshot
 * read, and unique within one batch of a cdc read.
 */
public final class PrimaryKeys implements ConformanceCheck {

    private static final int MAX_SHOWN = 3;

    @Override
    public String id() {
        return "primary_keys";
    }

    @Override
    public String rule() {
        return "primary keys are non-null, unique per snapshot read and per cdc batch";
    }

    @Override
    public void run(CheckContext context) {
        TableMetadata metadata = context.metadata();
        List<String> keys = metadata.primaryKeys();
        if (keys.isEmpty()) {
            throw context.skip("no primary keys declared (" + metadata.ingestionType() + " table)");
        }
        Drain drain = ReadPath.sample(context);
        int nullKeys = 0;
        int duplicates = 0;
        Map<String, Integer> seenInRead = new HashMap<>();
        int index = 0;
        for (int b = 0; b < drain.batches().size(); b++) {
            Map<String, Integer> seenInBatch = new HashMap<>();
            for (Map<String, Object> record : drain.batches().get(b).records()) {
                for (String key : keys) {
                    if (RecordPaths.get(record, key) == null && nullKeys++ < MAX_SHOWN) {
                        context.problem("primary key '" + key + "' set in every record", "null or missing in record " + index
                                + " (keys present: " + record.keySet() + ")", "fill the key (it identifies the row downstream) "
                                + "or fix the key's name in readTableMetadata");
                    }
                }
                String key = RecordIdentity.key(record, keys);
                Integer earlier = metadata.ingestionType() == IngestionType.SNAPSHOT ? seenInRead.put(key, index)
                        : seenInBatch.put(key, index);
                if (earlier != null && duplicates++ < MAX_SHOWN) {
                    String scope = metadata.ingestionType() == IngestionType.SNAPSHOT ? "one snapshot read" : "batch " + b;
                    context.problem("unique primary keys within " + scope, key + " in records " + earlier + " and " + index,
                            metadata.ingestionType() == IngestionType.SNAPSHOT
                                    ? "return each row once per snapshot (check the pagination for overlapping pages), or add the missing key column"
                                    : "return each row's latest version once per batch, or add the missing key column");
                }
                index++;
            }
        }
        if (index == 0) {
            throw context.skip("no records in the first read: keys cannot be judged");
        }
    }
}
