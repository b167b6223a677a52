package io.lakeflow.convert;

/**
 * Checks and parses the text of numbers without regular expressions or exceptions on the
 * common path. Accepted syntax is JSON's number grammar plus an optional leading {@code +},
 * a missing integer part ({@code .5}) and a missing fraction ({@code 5.}); surrounding ASCII
 * whitespace is stripped by the callers.
 */
final class NumberText {

    /** Returned by {@link #parseLong} when the text is not a plain integer of at most 18 digits. */
    static final long NOT_SIMPLE = Long.MIN_VALUE;

    private NumberText() {
    }

    /**
     * Fast path: {@code [+-]?[0-9]{1,18}} as a long, or {@link #NOT_SIMPLE} for anything else
     * (longer numbers, decimals, exponents, garbage), which the caller then parses slowly.
     */
    static long parseLong(String s) {
        int n = s.length();
        int i = 0;
        boolean negative = false;
        if (n > 0) {
            char c = s.charAt(0);
            if (c == '-' || c == '+') {
                negative = c == '-';
                i = 1;
            }
        }
        int digits = n - i;
        if (digits < 1 || digits > 18) {
            return NOT_SIMPLE;
        }
        long v = 0;
        for (; i < n; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return NOT_SIMPLE;
            }
            v = v * 10 + d;
        }
        return negative ? -v : v;
    }

    /** True when {@code s} is a decimal number: {@code [+-]?(digits)(.digits?)?([eE][+-]?digits)?}, at least one mantissa digit. */
    static boolean isDecimal(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int mantissaDigits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            mantissaDigits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                mantissaDigits++;
            }
        }
        if (mantissaDigits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    /** {@code s} without leading and trailing ASCII whitespace (the same instance when there is none). */
    static String strip(String s) {
        int n = s.length();
        if (n == 0 || (s.charAt(0) > ' ' && s.charAt(n - 1) > ' ')) {
            return s;
        }
        return s.strip();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
