package io.lakeflow.convert;

import org.apache.spark.sql.types.DataType;

/**
 * A value of a record does not fit the type the schema declares for it.
 *
 * <p>The message is meant for the person who owns the connector or the schema: it names the
 * field path, shows the offending value (JSON-rendered and truncated to about 100 characters, so
 * a large document or a long secret-bearing string never lands whole in a log), says why it does
 * not fit and ends with a {@code Fix:} hint, for example:
 * <pre>
 * Field 'address.zip' holds "12.7" (a String), which does not fit int: it has a fractional part.
 * Fix: declare the column as double or decimal, or send whole numbers.
 * </pre>
 */
public class ConversionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String fieldPath;
    private final String valueText;
    private final transient DataType targetType;
    private final String reason;
    private final String fix;

    ConversionException(String fieldPath, String valueText, String valueKind, DataType targetType,
                        String reason, String fix) {
        super(message(fieldPath, valueText, valueKind, targetType, reason, fix));
        this.fieldPath = fieldPath;
        this.valueText = valueText;
        this.targetType = targetType;
        this.reason = reason;
        this.fix = fix;
    }

    private static String message(String path, String valueText, String valueKind, DataType type,
                                  String reason, String fix) {
        StringBuilder sb = new StringBuilder(160);
        boolean named = !path.isEmpty();
        sb.append(named ? "Field '" + path + "'" : "The value");
        if (valueKind == null) {
            sb.append(" is null or missing");
        } else {
            sb.append(named ? " holds " : " ").append(valueText).append(" (").append(valueKind).append(')');
        }
        sb.append(named || valueKind == null ? ", which does not fit " : " does not fit ");
        sb.append(type.simpleString()).append(": ").append(reason).append('.');
        if (fix != null && !fix.isEmpty()) {
            sb.append(" Fix: ").append(fix).append('.');
        }
        return sb.toString();
    }

    /**
     * Where the value sits in the record: field names joined by dots, array elements as
     * {@code [index]}, map values as {@code {key}}, e.g. {@code address.lines[2]} or
     * {@code attributes{color}}. Empty when {@link RecordConverter#convertValue} was given the
     * failing value itself.
     */
    public String fieldPath() {
        return fieldPath;
    }

    /** The offending value rendered as JSON, truncated to about 100 characters; {@code null} for a null or missing value. */
    public String valueText() {
        return valueText;
    }

    /** The Spark type the value was to be converted to. */
    public DataType targetType() {
        return targetType;
    }

    /** Why the value does not fit, without the path and value (e.g. {@code "it has a fractional part"}). */
    public String reason() {
        return reason;
    }

    /** What to do about it (the text after {@code Fix:}). */
    public String fix() {
        return fix;
    }
}
