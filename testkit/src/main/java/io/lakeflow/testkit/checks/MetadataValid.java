package io.lakeflow.testkit.checks;

import io.lakeflow.connect.IngestionType;
import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.Offset;
import io.lakeflow.connect.TableMetadata;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructType;

/**
 * {@code metadata_valid}: deterministic metadata whose keys and cursor resolve in the schema, keys
 * present unless append, a cursor for cdc tables, no array or map keys, and
 * {@code readTableDeletes} implemented for {@code cdc_with_deletes} tables.
 */
public final class MetadataValid implements ConformanceCheck {

    @Override
    public String id() {
        return "metadata_valid";
    }

    @Override
    public String rule() {
        return "keys and cursor resolve in the schema and fit the ingestion type; deterministic";
    }

    /** Whether {@code type} overrides the default {@code readTableDeletes} (which throws). */
    static boolean overridesReadTableDeletes(Class<?> type) {
        try {
            return type.getMethod("readTableDeletes", String.class, Offset.class, Map.class).getDeclaringClass()
                    != LakeflowConnect.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    @Override
    public void run(CheckContext context) {
        String table = context.table();
        LakeflowConnect fresh = context.freshConnector();
        TableMetadata metadata = fresh.readTableMetadata(table, context.tableOptions());
        if (metadata == null) {
            throw context.fail("readTableMetadata to return TableMetadata", "null", "return the table's keys, cursor and ingestion type");
        }
        TableMetadata again = fresh.readTableMetadata(table, context.tableOptions());
        if (!metadata.equals(again)) {
            context.problem("equal metadata on every call", metadata + " then " + again, "make readTableMetadata deterministic");
        }
        TableMetadata shared = context.metadata();
        if (!metadata.equals(shared)) {
            context.problem("equal metadata from every instance", shared + " then " + metadata,
                    "derive the metadata from the table definition, not instance state");
        }
        StructType schema = context.schema();
        IngestionType type = metadata.ingestionType();
        if (type.requiresPrimaryKeys() && metadata.primaryKeys().isEmpty()) {
            context.problem("primary keys for a " + type + " table", "none",
                    "declare the columns identifying a row, or declare the table append if rows are never updated");
        }
        Set<String> seen = new HashSet<>();
        for (String key : metadata.primaryKeys()) {
            if (key == null || key.isBlank()) {
                context.problem("non-blank primary key names", String.valueOf(key), "name the key column");
                continue;
            }
            if (!seen.add(key)) {
                context.problem("each primary key once", "'" + key + "' twice", "remove the duplicate key");
            }
            DataType keyType = RecordPaths.resolve(schema, key);
            if (keyType == null) {
                context.problem("primary key '" + key + "' in the schema", "no such field (fields: "
                        + String.join(", ", schema.fieldNames()) + ")", "add the field to the schema or fix the key's name; "
                        + "nested fields use dotted paths, e.g. properties.id");
            } else if (keyType instanceof ArrayType || keyType instanceof MapType || keyType instanceof StructType) {
                context.problem("a scalar primary key", "'" + key + "' of type " + keyType.simpleString(),
                        "key the table by a scalar column (a struct's field can be a key by its dotted path)");
            }
        }
        String cursor = metadata.cursorField();
        if (type.requiresCursor() && (cursor == null || cursor.isBlank())) {
            context.problem("a cursor field for a " + type + " table", "none",
                    "name the column whose value orders changes (e.g. updated_at), or declare the table snapshot");
        } else if (cursor != null) {
            DataType cursorType = RecordPaths.resolve(schema, cursor);
            if (cursorType == null) {
                context.problem("cursor field '" + cursor + "' in the schema", "no such field (fields: "
                        + String.join(", ", schema.fieldNames()) + ")", "add the field to the schema or fix the cursor's name");
            } else if (cursorType instanceof ArrayType || cursorType instanceof MapType || cursorType instanceof StructType
                    || cursorType instanceof BinaryType || cursorType instanceof BooleanType) {
                context.problem("an orderable cursor (number, timestamp, date or string)",
                        "'" + cursor + "' of type " + cursorType.simpleString(), "choose a column that orders changes");
            }
        }
        if (type == IngestionType.CDC_WITH_DELETES) {
            if (!overridesReadTableDeletes(fresh.getClass())) {
                context.problem("readTableDeletes implemented for a cdc_with_deletes table",
                        fresh.getClass().getSimpleName() + " inherits the default, which throws UnsupportedOperationException",
                        "override readTableDeletes, or declare the table cdc");
            } else {
                try {
                    fresh.readTableDeletes(table, Offset.empty(), context.tableOptions());
                } catch (UnsupportedOperationException e) {
                    context.problem("readTableDeletes to work for a cdc_with_deletes table", CheckContext.describe(e),
                            "implement deletes for this table, or declare it cdc");
                }
            }
        }
    }
}
