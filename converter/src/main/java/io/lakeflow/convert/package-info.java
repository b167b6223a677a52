/**
 * The one record converter: JSON-like records, as connectors return them, to a declared Spark
 * schema in Spark's internal value representation.
 *
 * <p>{@link io.lakeflow.convert.RecordConverter} compiles a {@code StructType} once and converts
 * records with it; its class comment holds the conversion rules table. A
 * {@link io.lakeflow.convert.ValueFactory} decides how structs, arrays and maps are represented
 * (plain Java arrays and maps by default, Spark's internal rows in the pipeline). A value that
 * does not fit throws {@link io.lakeflow.convert.ConversionException} with the field path, the
 * value (truncated) and a fix.
 *
 * <p>This package needs Spark's type classes ({@code spark-sql-api}, {@code spark-unsafe},
 * {@code spark-variant}), not a Spark runtime.
 */
package io.lakeflow.convert;
