package io.lakeflow.reports.site;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How times, durations and counts read on the pages (UTC, so every reader sees the same). */
final class DisplayText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private DisplayText() {
    }

    /** {@code 2026-01-31 12:00:00 UTC}, or {@code unknown}. */
    static String time(Instant instant) {
        return instant == null ? "unknown" : TIME.format(instant);
    }

    /** {@code 01-31 12:00}, or {@code ?}. */
    static String shortTime(Instant instant) {
        return instant == null ? "?" : SHORT.format(instant);
    }

    /** {@code 850 ms}, {@code 3.8 s}, {@code 2 min 5 s}, or {@code unknown} when negative. */
    static String duration(long ms) {
        if (ms < 0) {
            return "unknown";
        }
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms < 60_000) {
            return String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        return (ms / 60_000) + " min " + (ms % 60_000) / 1000 + " s";
    }

    /** {@code 1 table} / {@code 2 tables}. */
    static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
