package io.lakeflow.convert;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;

/**
 * Internal signal that a value does not fit its type. It carries no stack trace (it is thrown
 * on the conversion path, where records may be rejected in bulk) and collects the field path on
 * its way out, innermost segment first, so that the happy path never builds a path string.
 * {@link RecordConverter} turns it into the public {@link ConversionException}.
 */
final class Rejection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final transient Object value;
    final transient DataType type;
    final String reason;
    final String fix;
    /** Path segments, innermost first: ".name" for a struct field, "[i]" or "{key}" otherwise. */
    private final List<String> segments = new ArrayList<>(4);

    Rejection(Object value, DataType type, String reason, String fix) {
        super(reason, null, false, false);
        this.value = value;
        this.type = type;
        this.reason = reason;
        this.fix = fix;
    }

    Rejection inField(String name) {
        segments.add("." + name);
        return this;
    }

    Rejection atIndex(int index) {
        segments.add("[" + index + "]");
        return this;
    }

    Rejection atKey(Object key) {
        segments.add("{" + JsonText.truncatedKey(key) + "}");
        return this;
    }

    String path() {
        StringBuilder sb = new StringBuilder();
        for (int i = segments.size() - 1; i >= 0; i--) {
            String s = segments.get(i);
            if (s.charAt(0) == '.' && sb.length() == 0) {
                sb.append(s, 1, s.length());
            } else {
                sb.append(s);
            }
        }
        return sb.toString();
    }

    ConversionException toException() {
        String kind = value == null ? null : JsonText.kindOf(value);
        String text = value == null ? null : JsonText.truncated(value);
        return new ConversionException(path(), text, kind, type, reason, fix);
    }
}
