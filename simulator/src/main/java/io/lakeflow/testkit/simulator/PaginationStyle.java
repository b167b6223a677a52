package io.lakeflow.testkit.simulator;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a list endpoint splits its results into pages. */
public enum PaginationStyle {
    /** Everything in one response. */
    NONE,
    /** {@code page} (1-based) and {@code per_page} parameters. */
    PAGE_NUMBER,
    /** Like {@link #PAGE_NUMBER}, with RFC 8288 {@code Link} headers (next, prev, first, last). */
    LINK_HEADER,
    /** {@code offset} and {@code limit} parameters. */
    OFFSET_LIMIT,
    /** Stripe: {@code limit}, {@code starting_after} / {@code ending_before} an object id, {@code has_more}. */
    STARTING_AFTER,
    /** An opaque cursor in the body ({@code next_cursor}), passed back as a parameter; null at the end. */
    NEXT_CURSOR,
    /** A full next-page URL in the body ({@code next}); null at the end. */
    NEXT_URL;

    /** The spec name, e.g. {@code starting_after}. */
    public String specName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a spec name. */
    public static PaginationStyle fromSpecName(String name, String where) {
        for (PaginationStyle style : values()) {
            if (style.specName().equalsIgnoreCase(name.trim())) {
                return style;
            }
        }
        throw new IllegalArgumentException(where + ": unknown pagination_style '" + name + "'. Fix: use one of "
                + Arrays.stream(values()).map(PaginationStyle::specName).collect(Collectors.joining(", ")) + ".");
    }
}
