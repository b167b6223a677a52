package io.lakeflow.connectors.example;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The one text form of the example source's timestamps: ISO-8601 in UTC with exactly six
 * fractional digits ({@code 2025-01-01T00:00:00.000000Z}). Fixed width, so that comparing two
 * stamps as text gives the same answer as comparing them as instants; microseconds, so that the
 * source's clock can step by one microsecond.
 */
public final class CursorTime {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private CursorTime() {
    }

    /** The canonical text of {@code instant}, truncated to microseconds. */
    public static String format(Instant instant) {
        return FORMAT.format(instant.truncatedTo(ChronoUnit.MICROS));
    }

    /**
     * Parses any ISO-8601 instant ({@code Z} or an offset).
     *
     * @throws IllegalArgumentException naming the text, when it is not an ISO-8601 instant
     */
    public static Instant parse(String text) {
        try {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text, Instant::from);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO-8601 timestamp such as "
                    + "2025-01-01T00:00:00.000000Z");
        }
    }

    /** The canonical form of an ISO-8601 text (so {@code ...00Z} and {@code ...00.000000Z} compare equal). */
    public static String canonical(String text) {
        return format(parse(text));
    }
}
