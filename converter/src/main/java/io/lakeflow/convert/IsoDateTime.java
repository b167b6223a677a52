package io.lakeflow.convert;

/**
 * A hand-written parser for the ISO-8601 shapes records carry, faster than
 * {@code DateTimeFormatter} and exact about what it accepts:
 * <pre>
 * YYYY-MM-DD [ (T|t|space) HH:MM[:SS[.fraction]] [ Z | z | ±HH | ±HHMM | ±HH:MM | ±HH:MM:SS ] ]
 * </pre>
 * Years have four digits (0001-9999, Spark's range); the calendar is proleptic Gregorian, as in
 * Spark. A fraction may have any number of digits; digits beyond the ninth are ignored (the
 * callers then truncate to microseconds). One instance parses one string; fields are read after
 * {@link #parse} returned {@code null} (no error).
 */
final class IsoDateTime {

    static final long NANOS_PER_DAY = 86_400_000_000_000L;

    long epochDay;
    boolean hasTime;
    /** Nanoseconds since midnight (0 without a time part). */
    long nanoOfDay;
    boolean hasOffset;
    int offsetSeconds;

    /**
     * Parses {@code s} (already stripped).
     *
     * @return null on success, else why the text is not an ISO date or date-time
     */
    String parse(String s) {
        int n = s.length();
        if (n < 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return "it is not an ISO-8601 date (YYYY-MM-DD) or date-time";
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        if (year < 0 || month < 0 || day < 0) {
            return "it is not an ISO-8601 date (YYYY-MM-DD) or date-time";
        }
        if (year == 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
            return "it names a day that does not exist (years 0001-9999)";
        }
        epochDay = epochDay(year, month, day);
        if (n == 10) {
            return null;
        }
        char sep = s.charAt(10);
        if (sep != 'T' && sep != 't' && sep != ' ') {
            return "it is not an ISO-8601 date-time (expected 'T' or a space after the date)";
        }
        int i = 11;
        if (n < i + 5 || s.charAt(i + 2) != ':') {
            return "it is not an ISO-8601 date-time (expected HH:MM after the date)";
        }
        int hour = digits(s, i, 2);
        int minute = digits(s, i + 3, 2);
        int second = 0;
        long nanos = 0;
        i += 5;
        if (i < n && s.charAt(i) == ':') {
            second = digits(s, i + 1, 2);
            i += 3;
            if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
                i++;
                int start = i;
                long scale = 100_000_000L;
                while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    nanos += (s.charAt(i) - '0') * scale;
                    scale /= 10;
                    i++;
                }
                if (i == start) {
                    return "it is not an ISO-8601 date-time (expected digits after the decimal point)";
                }
            }
        }
        if (hour < 0 || minute < 0 || second < 0) {
            return "it is not an ISO-8601 date-time (expected HH:MM:SS)";
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return "it names a time of day that does not exist (00:00:00 to 23:59:59)";
        }
        hasTime = true;
        nanoOfDay = ((hour * 60L + minute) * 60L + second) * 1_000_000_000L + nanos;
        if (i == n) {
            return null;
        }
        return parseOffset(s, i);
    }

    private String parseOffset(String s, int i) {
        int n = s.length();
        char c = s.charAt(i);
        if ((c == 'Z' || c == 'z') && i + 1 == n) {
            hasOffset = true;
            return null;
        }
        if (c != '+' && c != '-') {
            return "it is not an ISO-8601 date-time (expected Z or an offset like +02:00 after the time)";
        }
        int sign = c == '-' ? -1 : 1;
        int rest = n - i - 1;
        int h;
        int m = 0;
        int sec = 0;
        if (rest == 2) {
            h = digits(s, i + 1, 2);
        } else if (rest == 4) {
            h = digits(s, i + 1, 2);
            m = digits(s, i + 3, 2);
        } else if (rest == 5 && s.charAt(i + 3) == ':') {
            h = digits(s, i + 1, 2);
            m = digits(s, i + 4, 2);
        } else if (rest == 8 && s.charAt(i + 3) == ':' && s.charAt(i + 6) == ':') {
            h = digits(s, i + 1, 2);
            m = digits(s, i + 4, 2);
            sec = digits(s, i + 7, 2);
        } else {
            return "it is not an ISO-8601 date-time (expected an offset like +02:00, +0200 or +02)";
        }
        if (h < 0 || m < 0 || sec < 0 || h > 18 || m > 59 || sec > 59 || h == 18 && (m > 0 || sec > 0)) {
            return "its zone offset is not valid (-18:00 to +18:00)";
        }
        hasOffset = true;
        offsetSeconds = sign * (h * 3600 + m * 60 + sec);
        return null;
    }

    /** Parses {@code HH:MM[:SS[.fraction]]} alone (a time column); null on success. */
    String parseTime(String s) {
        String withDate = "2000-01-01T" + s;
        String error = parse(withDate);
        if (error == null && hasOffset) {
            return "a time of day has no zone offset";
        }
        return error == null ? null : error.replace("date-time", "time of day (HH:MM[:SS[.fraction]])");
    }

    /** The non-negative value of {@code count} ASCII digits at {@code from}, or -1. */
    private static int digits(String s, int from, int count) {
        if (from + count > s.length()) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < from + count; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    static int daysInMonth(int year, int month) {
        switch (month) {
            case 2:
                return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }

    /** Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil). */
    static long epochDay(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = (y >= 0 ? y : y - 399) / 400;
        long yoe = y - era * 400;
        long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }
}
