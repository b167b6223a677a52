package io.lakeflow.connectors.stripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

/**
 * The tables' Spark schemas, read once from {@code schemas.json} (derived from Stripe's API description by
 * {@code tools/derive_from_openapi.py}: nested structs, expandable fields as ids, unix times as timestamps).
 */
final class StripeSchemas {

    private static final Map<StripeTable, StructType> SCHEMAS = load();

    private StripeSchemas() {
    }

    static StructType of(StripeTable table) {
        return SCHEMAS.get(table);
    }

    private static Map<StripeTable, StructType> load() {
        try (InputStream in = StripeSchemas.class.getResourceAsStream("schemas.json")) {
            if (in == null) {
                throw new IllegalStateException("schemas.json is missing from the Stripe connector jar");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<StripeTable, StructType> out = new EnumMap<>(StripeTable.class);
            for (StripeTable table : StripeTable.values()) {
                JsonNode schema = root.get(table.tableName());
                if (schema == null) {
                    throw new IllegalStateException("schemas.json has no schema for table " + table.tableName()
                            + ". Fix: run tools/derive_from_openapi.py again.");
                }
                out.put(table, (StructType) DataType.fromJson(schema.toString()));
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("schemas.json in the Stripe connector jar is unreadable: " + e.getMessage(), e);
        }
    }
}
