package io.lakeflow.connectors.example;

import java.util.Objects;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.Metadata;

/**
 * One column of an example table: its Spark type, whether it may be null, and how the source
 * generates its seeded values.
 *
 * @param name      the column (and JSON field) name
 * @param type      its Spark type, as the connector declares it in the schema
 * @param nullable  whether records may hold {@code null} for it
 * @param generator how the source makes a seeded value; {@code null} for the key and the cursor,
 *                  which the source assigns itself
 */
public record ExampleColumn(String name, DataType type, boolean nullable, ValueGenerator generator) {

    /** Rejects a missing name or type. */
    public ExampleColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** A column that is never null. */
    public static ExampleColumn required(String name, DataType type, ValueGenerator generator) {
        return new ExampleColumn(name, type, false, generator);
    }

    /** A column that is null in about a fifth of the seeded rows. */
    public static ExampleColumn optional(String name, DataType type, ValueGenerator generator) {
        return new ExampleColumn(name, type, true, generator);
    }

    /** The column as a Spark field. */
    public StructField field() {
        return new StructField(name, type, nullable, Metadata.empty());
    }
}
