package io.lakeflow.convert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Renders JSON-like values as compact JSON text: the string form of a {@code Map} or
 * {@code List} for a string column, and the (truncated) value shown in error messages.
 * Decimals are written in plain notation ({@code 10000000000}, never {@code 1E+10}).
 */
final class JsonText {

    /** About how much of a value an error message may show. */
    static final int MAX_SHOWN = 100;

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private JsonText() {
    }

    /** The compact JSON text of a JSON-like value. */
    static String compact(Object value) throws JsonProcessingException {
        return MAPPER.writeValueAsString(value);
    }

    /** The JSON text of {@code value}, cut after {@link #MAX_SHOWN} characters with a trailing "...". */
    static String truncated(Object value) {
        BoundedWriter out = new BoundedWriter(MAX_SHOWN);
        try {
            MAPPER.writeValue(out, value);
        } catch (IOException | RuntimeException e) {
            if (!out.full) {
                // Not JSON-serialisable: show the type only, never toString() (it may hold anything).
                return "<" + value.getClass().getName() + ">";
            }
        }
        return out.full ? out.sb + "..." : out.sb.toString();
    }

    /** A map key as shown in a field path: the key text itself, truncated. */
    static String truncatedKey(Object key) {
        String s = key instanceof String str ? str : truncated(key);
        return s.length() > MAX_SHOWN ? s.substring(0, MAX_SHOWN) + "..." : s;
    }

    /** "a String", "an Integer", "a Map", ... for error messages. */
    static String kindOf(Object value) {
        String name;
        if (value instanceof Map) {
            name = "Map";
        } else if (value instanceof List) {
            name = "List";
        } else if (value.getClass().isArray() || value.getClass().getName().startsWith("java.")) {
            name = value.getClass().getSimpleName();
        } else {
            name = value.getClass().getName();
        }
        char c = Character.toLowerCase(name.charAt(0));
        boolean vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
        return (vowel ? "an " : "a ") + name;
    }

    /** A writer that keeps at most {@code limit} characters and then refuses more. */
    private static final class BoundedWriter extends Writer {
        final StringBuilder sb = new StringBuilder();
        final int limit;
        boolean full;

        BoundedWriter(int limit) {
            this.limit = limit;
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            int room = limit - sb.length();
            if (len > room) {
                sb.append(cbuf, off, Math.max(room, 0));
                full = true;
                throw new IOException("value text truncated");
            }
            sb.append(cbuf, off, len);
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            int room = limit - sb.length();
            if (len > room) {
                sb.append(str, off, off + Math.max(room, 0));
                full = true;
                throw new IOException("value text truncated");
            }
            sb.append(str, off, off + len);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
