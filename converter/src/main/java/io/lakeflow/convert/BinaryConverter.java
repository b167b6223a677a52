package io.lakeflow.convert;

import java.util.Base64;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;

/**
 * binary, as {@code byte[]}: a base64 string (standard or URL-safe alphabet, padding optional,
 * strictly validated: no line breaks, no stray characters, no non-zero leftover bits), a List of
 * integers 0..255, or a {@code byte[]} as is. Hex or plain text is never guessed.
 */
final class BinaryConverter implements ValueConverter {

    @Override
    public Object convert(Object value) {
        if (value instanceof String s) {
            return fromBase64(s, value);
        }
        if (value instanceof List<?> list) {
            return fromList(list, value);
        }
        if (value instanceof byte[] bytes) {
            return bytes;
        }
        throw new Rejection(value, DataTypes.BinaryType, "binary is read from a base64 string or a list of bytes (0..255)",
                "encode the bytes as base64 in the connector");
    }

    private static byte[] fromBase64(String s, Object value) {
        boolean urlSafe = false;
        boolean standard = false;
        int n = s.length();
        int end = n;
        while (end > 0 && s.charAt(end - 1) == '=') {
            end--;
        }
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (c == '-' || c == '_') {
                urlSafe = true;
            } else if (c == '+' || c == '/') {
                standard = true;
            } else if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                throw invalid(value, "it holds a character that is not base64");
            }
        }
        if (urlSafe && standard) {
            throw invalid(value, "it mixes the standard and URL-safe base64 alphabets");
        }
        int padding = n - end;
        if (end % 4 == 1 || padding > 2 || padding > 0 && (end + padding) % 4 != 0) {
            throw invalid(value, "its length or padding is not valid base64");
        }
        // The JDK decoder ignores non-zero bits left over in the last character; canonical base64 has none.
        if (end % 4 != 0) {
            int last = sextet(s.charAt(end - 1));
            int unusedBits = end % 4 == 2 ? 4 : 2;
            if ((last & ((1 << unusedBits) - 1)) != 0) {
                throw invalid(value, "its last character has non-zero unused bits (not canonical base64)");
            }
        }
        String body = padding == 0 ? s : s.substring(0, end);
        return (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(body);
    }

    private static int sextet(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        return c == '+' || c == '-' ? 62 : 63;
    }

    private static byte[] fromList(List<?> list, Object value) {
        byte[] out = new byte[list.size()];
        int i = 0;
        for (Object e : list) {
            long b;
            if (e instanceof Integer || e instanceof Long || e instanceof Short || e instanceof Byte) {
                b = ((Number) e).longValue();
            } else {
                b = -1;
            }
            if (b < 0 || b > 255 || i >= out.length) {
                throw new Rejection(value, DataTypes.BinaryType, "element " + i + " is not an integer from 0 to 255",
                        "send bytes as unsigned integers 0..255, or as a base64 string");
            }
            out[i++] = (byte) b;
        }
        return out;
    }

    private static Rejection invalid(Object value, String reason) {
        return new Rejection(value, DataTypes.BinaryType, reason,
                "send binary data as one base64 string (RFC 4648, standard or URL-safe alphabet)");
    }
}
