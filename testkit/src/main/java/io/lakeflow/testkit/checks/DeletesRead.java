package io.lakeflow.testkit.checks;

import io.lakeflow.connect.IngestionType;
import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.Offset;
import io.lakeflow.connect.TableMetadata;
import io.lakeflow.convert.RecordConverter;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * {@code deletes_read}: for {@code cdc_with_deletes} tables, {@code readTableDeletes} drains like
 * {@code readTable} (converges, advances), and its records carry the primary keys and the cursor
 * and convert to the schema with the other fields allowed to be null.
 */
public final class DeletesRead implements ConformanceCheck {

    @Override
    public String id() {
        return "deletes_read";
    }

    @Override
    public String rule() {
        return "readTableDeletes drains, advances, and returns keyed records that convert";
    }

    @Override
    public void run(CheckContext context) {
        TableMetadata metadata = context.metadata();
        if (metadata.ingestionType() != IngestionType.CDC_WITH_DELETES) {
            throw context.skip("not a cdc_with_deletes table (" + metadata.ingestionType() + ")");
        }
        LakeflowConnect connector = context.freshConnector();
        ReadPath.requireOffsetLoop(context, connector);
        Drain drain;
        try {
            drain = Drain.run(context, connector, Drain.Source.DELETES, Offset.empty(), context.settings().maxBatches(),
                    context.settings().sampleSize(), context.settings().sampleSize());
        } catch (UnsupportedOperationException e) {
            throw context.fail("readTableDeletes to read deletes of a cdc_with_deletes table", CheckContext.describe(e),
                    "override readTableDeletes, or declare the table cdc");
        }
        for (int i = 0; i < drain.batches().size(); i++) {
            Batch batch = drain.batches().get(i);
            if (batch.end() == null) {
                throw context.fail("a non-null offset from readTableDeletes", "null at call " + (i + 1),
                        "return the position of the last delete read");
            }
            if (batch.returnedStart() && !batch.records().isEmpty()) {
                context.problem("a new offset after a deletes batch with records", "call " + (i + 1) + " returned its start offset "
                        + batch.start(), "return the position after the last delete returned");
            }
        }
        if (!drain.converged() && !drain.exhausted()) {
            context.problem("readTableDeletes to converge within " + context.settings().maxBatches() + " calls",
                    "still advancing (last offset " + drain.lastOffset() + ")", "return the start offset when no delete is new");
        }
        List<Map<String, Object>> records = drain.records();
        int shown = 0;
        for (int i = 0; i < records.size(); i++) {
            Map<String, Object> record = records.get(i);
            for (String key : metadata.primaryKeys()) {
                if (RecordPaths.get(record, key) == null && shown++ < 3) {
                    context.problem("primary key '" + key + "' in every deleted record", "null or missing in deleted record " + i
                            + " (keys present: " + record.keySet() + ")", "return at least the keys and the cursor of each deleted row");
                }
            }
            if (metadata.cursorField() != null && RecordPaths.get(record, metadata.cursorField()) == null && shown++ < 3) {
                context.problem("cursor '" + metadata.cursorField() + "' in every deleted record", "null or missing in deleted record " + i,
                        "return the deletion time (or the row's last cursor value) as the cursor");
            }
        }
        RecordsConvert.convertAll(context, RecordConverter.of(allNullable(context.schema())), records, metadata, "deleted ");
        if (records.isEmpty()) {
            context.info("no deletes in the source: only the loop was checked");
        }
    }

    /** The schema with every field nullable: deleted records may leave non-key fields empty. */
    static StructType allNullable(StructType schema) {
        StructField[] fields = schema.fields().clone();
        for (int i = 0; i < fields.length; i++) {
            StructField f = fields[i];
            fields[i] = new StructField(f.name(), f.dataType(), true, f.metadata());
        }
        return new StructType(fields);
    }
}
