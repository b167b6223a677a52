package io.lakeflow.testkit.checks;

import io.lakeflow.connect.IngestionType;
import io.lakeflow.connect.TableMetadata;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.types.StructType;

/**
 * {@code read_shape}: the first read returns JSON-like records, a non-null offset (unless
 * snapshot), some records (unless snapshot or allowed), no record with every field null, and every
 * non-nullable field present (also inside structs, arrays and maps). Tables read through
 * partitions are sampled from their partitions (the offset rules then do not apply).
 */
public final class ReadShape implements ConformanceCheck {

    private static final int MAX_PROBLEMS_PER_KIND = 3;

    @Override
    public String id() {
        return "read_shape";
    }

    @Override
    public String rule() {
        return "the first read returns JSON-like records that fill the schema's non-nullable fields";
    }

    @Override
    public void run(CheckContext context) {
        TableMetadata metadata = context.metadata();
        StructType schema = context.schema();
        Sample sample = Sample.of(context);
        Drain drain = sample.drain();
        if (drain != null && drain.batches().get(0).end() == null && metadata.ingestionType() != IngestionType.SNAPSHOT) {
            context.problem("an offset after the first read of a " + metadata.ingestionType() + " table", "null",
                    "return the position to resume from (null is only for snapshot tables read whole in one batch)");
        }
        List<Map<String, Object>> records = sample.records();
        if (records.isEmpty() && metadata.ingestionType() != IngestionType.SNAPSHOT) {
            List<Allowance> allowed = context.settings().allowances(Allowance.EMPTY_FIRST_READ, context.table());
            if (allowed.isEmpty()) {
                context.problem("records from the first read of a " + metadata.ingestionType() + " table",
                        drain == null ? "none in the partitions" : "none in " + drain.batches().size() + " call(s)",
                        "give the simulator's corpus rows for this table, or add @AllowEmptyFirstRead(table = \""
                                + context.table() + "\", reason = \"...\") if it is empty by nature");
            } else if (allowed.stream().anyMatch(Allowance::reasonMissing)) {
                context.problem("a reason for allowing an empty first read", "a blank reason",
                        "say why the table is empty, e.g. \"needs a paid plan\"");
            } else {
                context.info("empty first read allowed: " + allowed.get(0).reason());
            }
        }
        int nonJson = 0;
        int allNull = 0;
        int nulls = 0;
        for (int i = 0; i < records.size(); i++) {
            Map<String, Object> record = records.get(i);
            String where = "record " + i + " (" + RecordIdentity.describe(record, metadata) + ")";
            Optional<String> bad = JsonLikeValues.firstViolation(record, "");
            if (bad.isPresent() && nonJson++ < MAX_PROBLEMS_PER_KIND) {
                context.problem("JSON-like values (String, Number, Boolean, List, Map, null)", bad.get() + " in record " + i,
                        "return the value as the source sent it, e.g. a timestamp as its ISO-8601 String; the framework converts it");
            }
            if (SchemaRules.allNull(schema, record) && allNull++ < MAX_PROBLEMS_PER_KIND) {
                context.problem("at least one schema field set in every record", "every field null or missing in record " + i
                        + " (keys: " + record.keySet() + ")", "map the source's field names to the schema's (a renamed or "
                        + "nested field reads as all-null)");
            }
            List<String> missing = SchemaRules.nullViolations(schema, record);
            if (!missing.isEmpty() && nulls++ < MAX_PROBLEMS_PER_KIND) {
                context.problem("non-nullable fields set", String.join(", ", missing) + " in " + where,
                        "declare those fields nullable, or always fill them");
            }
        }
    }
}
