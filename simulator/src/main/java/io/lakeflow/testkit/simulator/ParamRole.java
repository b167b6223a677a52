package io.lakeflow.testkit.simulator;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a declared query parameter does on a list endpoint. */
public enum ParamRole {
    /** Keeps records whose {@code field} passes {@code op} against the value. */
    FILTER,
    /** Chooses the sort field from {@code options}. */
    SORT_BY,
    /** {@code asc} or {@code desc}. */
    SORT_ORDER,
    /** 1-based page number. */
    PAGE,
    /** Page size for page-number styles ({@code default}, {@code max}). */
    PER_PAGE,
    /** Records to skip. */
    OFFSET,
    /** Page size ({@code default}, {@code max}). */
    LIMIT,
    /** Start after this object id (Stripe). */
    STARTING_AFTER,
    /** End before this object id (Stripe). */
    ENDING_BEFORE,
    /** An opaque cursor issued by the simulator. */
    CURSOR,
    /** Accepted and ignored (e.g. {@code expand[]}). */
    IGNORE;

    /** Parses a spec name. */
    public static ParamRole fromSpecName(String name, String where) {
        for (ParamRole role : values()) {
            if (role.name().equalsIgnoreCase(name.trim())) {
                return role;
            }
        }
        throw new IllegalArgumentException(where + ": unknown role '" + name + "'. Fix: use one of "
                + Arrays.stream(values()).map(r -> r.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))
                + ".");
    }
}
