package io.lakeflow.testkit.simulator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How a filter parameter compares a record's field with the request's value. */
public enum FilterOp {
    EQ, NE, GT, GTE, LT, LTE, IN;

    /** Parses {@code eq}, {@code gte}, ... case-insensitively. */
    public static FilterOp fromName(String name, String where) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(where + ": unknown filter op '" + name
                    + "'. Fix: use one of eq, ne, gt, gte, lt, lte, in.");
        }
    }

    /**
     * Whether a record whose field holds {@code fieldValue} passes, given the request's values (several
     * for a repeated parameter; {@code in} also splits each on commas). A missing field passes only {@code ne}.
     */
    public boolean test(Object fieldValue, List<String> requestValues) {
        if (fieldValue == null) {
            return this == NE;
        }
        if (this == IN) {
            List<String> options = new ArrayList<>();
            for (String v : requestValues) {
                options.addAll(List.of(v.split(",")));
            }
            for (String option : options) {
                if (compare(fieldValue, option.trim()) == 0) {
                    return true;
                }
            }
            return false;
        }
        int c = compare(fieldValue, requestValues.get(requestValues.size() - 1));
        return switch (this) {
            case EQ -> c == 0;
            case NE -> c != 0;
            case GT -> c > 0;
            case GTE -> c >= 0;
            case LT -> c < 0;
            case LTE -> c <= 0;
            case IN -> throw new AssertionError();
        };
    }

    /** Compares a record value with request text, coercing the text to the value's type. */
    static int compare(Object fieldValue, String text) {
        if (fieldValue instanceof Number number) {
            try {
                return new BigDecimal(number.toString()).compareTo(new BigDecimal(text.trim()));
            } catch (NumberFormatException e) {
                return number.toString().compareTo(text);
            }
        }
        if (fieldValue instanceof Boolean b) {
            return Boolean.compare(b, Boolean.parseBoolean(text.trim()));
        }
        return fieldValue.toString().compareTo(text);
    }
}
