package io.lakeflow.convert;

import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

/**
 * Converts JSON-like records, as connectors return them, to a declared Spark schema, producing
 * Spark's internal value representation. The testkit and the pipeline share this one converter,
 * so a connector that passes the conformance suite is one the pipeline can ingest.
 *
 * <p>The schema is compiled once, in {@link #of}, into a tree of small per-field converters;
 * {@link #convert} then runs that tree with no per-record look at the schema. A converter is
 * immutable and thread-safe (if its {@link ValueFactory} is).
 *
 * <h2>Input</h2>
 * A record is a {@code Map<String, ?>} whose values are {@code String}, {@code Number},
 * {@code Boolean}, {@code List}, {@code Map} or {@code null}. Keys the schema does not name are
 * ignored (sources add fields over time; the schema decides what is ingested). A missing key
 * is the same as {@code null}. Surrounding whitespace in strings is ignored when they are
 * read as numbers, booleans, dates, times or timestamps (nothing is lost by that), and kept for
 * string columns.
 *
 * <h2>Rules</h2>
 * <table>
 * <caption>What each type accepts and produces</caption>
 * <tr><th>Spark type</th><th>accepts</th><th>produces</th><th>is an error</th></tr>
 * <tr><td>any, nullable</td><td>{@code null} or a missing key</td><td>{@code null}</td>
 *     <td>null or missing in a non-nullable field, a {@code containsNull=false} array or a
 *     {@code valueContainsNull=false} map</td></tr>
 * <tr><td>string</td><td>String as is; Number as JSON text ({@code 5}, {@code 1.5}, BigDecimal in
 *     plain notation, never {@code 1E+10}); Boolean as {@code true}/{@code false}; Map/List as
 *     compact JSON</td><td>{@code UTF8String}</td><td>a non-JSON-like Java object;
 *     char(n)/varchar(n): longer than n</td></tr>
 * <tr><td>boolean</td><td>Boolean; {@code "true"}/{@code "false"} in any case</td>
 *     <td>{@code Boolean}</td><td>anything else: {@code "yes"}, {@code 1}, {@code "0"} (guessing
 *     truthiness turned bad values into {@code true} silently upstream)</td></tr>
 * <tr><td>tinyint, smallint, int, bigint</td><td>integral numbers, also {@code 12.0} as Double or
 *     BigDecimal; strings holding one: {@code "12"}, {@code "-3"}, {@code "+4"}, {@code "1e3"},
 *     {@code "12.0"}</td><td>{@code Byte}, {@code Short}, {@code Integer}, {@code Long}</td>
 *     <td>a fractional part ({@code 12.7}, {@code "12.7"}: never truncated); out of range;
 *     Boolean; blank or non-numeric string</td></tr>
 * <tr><td>float, double</td><td>numbers; numeric strings; {@code "NaN"}, {@code "Infinity"},
 *     {@code "-Infinity"} (any case, also {@code "Inf"}), for these two types only</td>
 *     <td>{@code Float}, {@code Double}</td><td>beyond the type's range (a double too large for
 *     float is an error, not infinity); Boolean; blank or non-numeric string</td></tr>
 * <tr><td>decimal(p,s)</td><td>numbers and numeric strings, parsed as BigDecimal (a Double as its
 *     shortest text: {@code 0.1} is 0.1); trailing fractional zeros do not count</td>
 *     <td>{@link org.apache.spark.sql.types.Decimal} of precision p, scale s</td><td>more than s
 *     fractional digits (never rounded); more than p-s integer digits; NaN, Infinity, Boolean</td></tr>
 * <tr><td>date</td><td>{@code "YYYY-MM-DD"}; an ISO date-time at exactly midnight with no offset
 *     or a zero offset ({@code "2024-01-02T00:00:00Z"}): its written date</td>
 *     <td>{@code Integer} days since 1970-01-01</td><td>another time of day or a non-zero offset
 *     (dropping it, or moving to UTC, would change the day silently); numbers (days or seconds
 *     would be a guess); an impossible day such as 2024-02-30</td></tr>
 * <tr><td>timestamp</td><td>ISO-8601 {@code YYYY-MM-DD[(T| )HH:MM[:SS[.f]]][Z|±HH[:MM]|±HHMM]};
 *     no offset means UTC; a date alone means midnight UTC; epoch numbers (Number or numeric
 *     string, fractions allowed) in the field's unit: seconds by default, see below</td>
 *     <td>{@code Long} microseconds since 1970-01-01T00:00:00Z</td><td>results outside the
 *     years 0001-9999 (this catches milliseconds read as seconds); malformed text</td></tr>
 * <tr><td>timestamp_ntz</td><td>as timestamp, read as a local date-time; epoch numbers give the
 *     UTC wall-clock time</td><td>{@code Long} microseconds of the local date-time as if UTC</td>
 *     <td>a string with a zone offset (dropping it would shift the value silently)</td></tr>
 * <tr><td>time(p)</td><td>{@code "HH:MM[:SS[.f]]"}</td><td>{@code Long} nanoseconds since
 *     midnight, truncated to p fractional digits</td><td>anything else</td></tr>
 * <tr><td>binary</td><td>base64 string, standard or URL-safe alphabet, padding optional, strictly
 *     validated; a List of integers 0..255; a {@code byte[]}</td><td>{@code byte[]}</td>
 *     <td>any other string (hex or text is never guessed); other elements or values</td></tr>
 * <tr><td>variant</td><td>a String is JSON text and is parsed (as {@code parse_json}); a Map,
 *     List, Number or Boolean is encoded as {@code parse_json} would encode its JSON</td>
 *     <td>{@link org.apache.spark.unsafe.types.VariantVal}</td><td>a string that is not JSON;
 *     more than 16 MiB</td></tr>
 * <tr><td>array</td><td>a List, element by element</td><td>{@link ValueFactory#array}</td>
 *     <td>anything but a List: a scalar is never wrapped into a one-element array</td></tr>
 * <tr><td>map</td><td>a Map; keys converted with the key type ({@code "12"} becomes the int key
 *     12), values with the value type</td><td>{@link ValueFactory#map}</td><td>a non-Map; a
 *     null key; two keys converting to the same key ({@code "1"}, {@code "01"})</td></tr>
 * <tr><td>struct</td><td>a Map, field by field; extra keys ignored; {@code {}} is all nulls</td>
 *     <td>{@link ValueFactory#struct}</td><td>a non-Map</td></tr>
 * </table>
 *
 * <h2>Timestamp precision and units</h2>
 * Spark keeps microseconds: digits beyond the sixth fractional digit of a timestamp (or of an
 * epoch number) are truncated toward the earlier instant, not rejected, since no source type
 * could carry them into Spark anyway. Epoch numbers are seconds unless the {@code StructField}
 * carries the metadata key {@value #TIMESTAMP_UNIT_KEY} with the value {@code seconds},
 * {@code millis} or {@code micros}; the unit applies to every timestamp in that field's type
 * (for example the elements of an {@code array<timestamp>}), and a nested struct field may set
 * its own.
 * <pre>{@code
 * new StructField("created", DataTypes.TimestampType, true,
 *     new MetadataBuilder().putString(RecordConverter.TIMESTAMP_UNIT_KEY, "millis").build());
 * }</pre>
 *
 * <h2>Errors</h2>
 * A value that does not fit throws {@link ConversionException}, naming the field path
 * ({@code address.lines[2]}, {@code attributes{color}}), the value (JSON, truncated to about 100
 * characters), the target type and a {@code Fix:} hint. A schema with a type records cannot
 * be converted to (intervals, null, user-defined types, geometry) is refused by {@link #of}.
 */
public final class RecordConverter {

    /** Field metadata key choosing the unit of epoch numbers in timestamp fields: {@code seconds|millis|micros}. */
    public static final String TIMESTAMP_UNIT_KEY = "lakeflow.timestamp.unit";

    private final StructType schema;
    private final ValueFactory factory;
    private final StructConverter root;

    private RecordConverter(StructType schema, ValueFactory factory) {
        this.schema = schema;
        this.factory = factory;
        this.root = new ConverterCompiler(factory).struct(schema, "");
    }

    /**
     * A converter for {@code schema} that builds structs, arrays and maps with
     * {@link ValueFactory#JAVA}.
     *
     * @param schema the record schema, usually {@code LakeflowConnect#getTableSchema}'s answer
     * @return a converter that may be shared by threads
     * @throws IllegalArgumentException when the schema holds a type records cannot be converted to,
     *                                  or a bad {@value #TIMESTAMP_UNIT_KEY}
     */
    public static RecordConverter of(StructType schema) {
        return of(schema, ValueFactory.JAVA);
    }

    /**
     * A converter for {@code schema} that builds structs, arrays and maps with {@code factory}.
     *
     * @param schema  the record schema, usually {@code LakeflowConnect#getTableSchema}'s answer
     * @param factory builds structs (including the record itself), arrays and maps
     * @return a converter that may be shared by threads if {@code factory} may be
     * @throws IllegalArgumentException when the schema holds a type records cannot be converted to,
     *                                  or a bad {@value #TIMESTAMP_UNIT_KEY}
     */
    public static RecordConverter of(StructType schema, ValueFactory factory) {
        return new RecordConverter(Objects.requireNonNull(schema, "schema"), Objects.requireNonNull(factory, "factory"));
    }

    /** The schema this converter was compiled for. */
    public StructType schema() {
        return schema;
    }

    /** The factory building complex values. */
    public ValueFactory factory() {
        return factory;
    }

    /**
     * Converts one record.
     *
     * @param record a JSON-like record; keys the schema does not name are ignored
     * @return {@code factory.struct(values)} with one converted value per schema field, in order
     * @throws ConversionException when a value does not fit its declared type
     * @throws NullPointerException when {@code record} is null
     */
    public Object convert(Map<String, ?> record) {
        Objects.requireNonNull(record, "record");
        try {
            return root.convertFields(record);
        } catch (Rejection r) {
            throw r.toException();
        }
    }

    /**
     * Converts one value to {@code type} by the same rules (compiling {@code type} on each call:
     * meant for tests and one-off values, not for bulk conversion). Uses this converter's
     * factory; timestamps read epoch seconds.
     *
     * @param value a JSON-like value; {@code null} gives {@code null}
     * @param type  the Spark type to convert to
     * @return the internal representation, or {@code null}
     * @throws ConversionException      when the value does not fit (with an empty field path)
     * @throws IllegalArgumentException when records cannot be converted to {@code type}
     */
    public Object convertValue(Object value, DataType type) {
        if (value == null) {
            return null;
        }
        ValueConverter converter = new ConverterCompiler(factory).compile(type, "", TimestampUnit.SECONDS);
        try {
            return converter.convert(value);
        } catch (Rejection r) {
            throw r.toException();
        }
    }

    @Override
    public String toString() {
        return "RecordConverter[" + schema.simpleString() + "]";
    }
}
