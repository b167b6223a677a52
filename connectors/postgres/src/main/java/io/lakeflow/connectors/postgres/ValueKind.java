package io.lakeflow.connectors.postgres;

import java.math.BigDecimal;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * How one PostgreSQL value, in the server's text output form, becomes a JSON-like record value.
 * The connector reads snapshots and logical-replication changes both as text (the session runs
 * with {@code TimeZone=UTC}, {@code DateStyle=ISO}), so one conversion serves both paths.
 */
enum ValueKind {
    /** {@code bool}: {@code t}/{@code f} to {@link Boolean}. */
    BOOLEAN {
        @Override
        Object parse(String text) {
            return switch (text) {
                case "t", "true" -> Boolean.TRUE;
                case "f", "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException("Expected a boolean t or f, got '" + text + "'");
            };
        }
    },
    /** {@code int2} to {@link Short}. */
    SHORT {
        @Override
        Object parse(String text) {
            return Short.valueOf(text);
        }
    },
    /** {@code int4} to {@link Integer}. */
    INT {
        @Override
        Object parse(String text) {
            return Integer.valueOf(text);
        }
    },
    /** {@code int8}, {@code oid} to {@link Long}. */
    LONG {
        @Override
        Object parse(String text) {
            return Long.valueOf(text);
        }
    },
    /** {@code float4} to {@link Float} ({@code NaN} and {@code ±Infinity} included). */
    FLOAT {
        @Override
        Object parse(String text) {
            return Float.valueOf(text);
        }
    },
    /** {@code float8} to {@link Double} ({@code NaN} and {@code ±Infinity} included). */
    DOUBLE {
        @Override
        Object parse(String text) {
            return Double.valueOf(text);
        }
    },
    /**
     * {@code numeric(p,s)} with {@code p <= 38} to {@link BigDecimal}. PostgreSQL's {@code NaN} and
     * {@code ±Infinity} stay text, which the framework's strict converter rejects naming the column.
     */
    DECIMAL {
        @Override
        Object parse(String text) {
            char first = text.charAt(0);
            if (first == 'N' || first == 'I' || (first == '-' && text.length() > 1 && text.charAt(1) == 'I')) {
                return text;
            }
            return new BigDecimal(text);
        }
    },
    /** Everything read as its text: text types, uuid, json, jsonb, enums, unconstrained numeric, ... */
    TEXT {
        @Override
        Object parse(String text) {
            return text;
        }
    },
    /** {@code date} to ISO {@code yyyy-MM-dd}; {@code ±infinity} to 9999-12-31 / 0001-01-01. */
    DATE {
        @Override
        Object parse(String text) {
            return switch (text) {
                case "infinity" -> "9999-12-31";
                case "-infinity" -> "0001-01-01";
                default -> text;
            };
        }
    },
    /**
     * {@code timestamptz} to ISO-8601 with offset ({@code 2024-01-02T03:04:05.123456Z});
     * {@code ±infinity} to the largest / smallest Spark timestamp.
     */
    TIMESTAMP {
        @Override
        Object parse(String text) {
            return switch (text) {
                case "infinity" -> "9999-12-31T23:59:59.999999Z";
                case "-infinity" -> "0001-01-01T00:00:00Z";
                default -> isoOffset(text.replace(' ', 'T'));
            };
        }
    },
    /**
     * {@code timestamp} (without time zone) to ISO-8601 without offset
     * ({@code 2024-01-02T03:04:05.123456}); {@code ±infinity} to the largest / smallest value.
     */
    TIMESTAMP_NTZ {
        @Override
        Object parse(String text) {
            return switch (text) {
                case "infinity" -> "9999-12-31T23:59:59.999999";
                case "-infinity" -> "0001-01-01T00:00:00";
                default -> text.replace(' ', 'T');
            };
        }
    },
    /** {@code bytea} (hex output {@code \x0a0b}) to a base64 string. */
    BINARY {
        @Override
        Object parse(String text) {
            if (!text.startsWith("\\x")) {
                throw new IllegalArgumentException("Expected bytea in hex output (\\x...), got '"
                        + (text.length() > 20 ? text.substring(0, 20) + "..." : text)
                        + "'. Fix: leave the server's bytea_output at its default, hex.");
            }
            return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(text, 2, text.length()));
        }
    },
    /** Arrays: parsed by {@link ColumnType#parse}, element by element. */
    ARRAY {
        @Override
        Object parse(String text) {
            throw new UnsupportedOperationException("arrays are parsed through ColumnType, which knows the element type");
        }
    };

    /** Converts one non-null value from its PostgreSQL text output. */
    abstract Object parse(String text);

    /** {@code ...+00} to {@code ...Z}, {@code +05} to {@code +05:00}; other offsets as printed. */
    private static String isoOffset(String text) {
        int sign = Math.max(text.lastIndexOf('+'), text.lastIndexOf('-'));
        if (sign < 10) { // no offset after the date part
            return text;
        }
        String offset = text.substring(sign);
        if (offset.equals("+00") || offset.equals("-00") || offset.equals("+00:00")) {
            return text.substring(0, sign) + "Z";
        }
        if (offset.length() == 3) {
            return text + ":00";
        }
        return text;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
