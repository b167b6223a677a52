package io.lakeflow.reports.results;

import java.util.Locale;
import java.util.Optional;

/** The outcome of one check for one subject, as written in a result file. */
public enum Status {
    /** The check held. */
    PASS,
    /** The check found a problem; the result carries a message. */
    FAIL,
    /** The check did not apply or could not run; the result carries a reason. */
    SKIP;

    /** The name used in result files: {@code pass}, {@code fail}, {@code skip}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a result file's status name; empty when it is not one. */
    public static Optional<Status> fromConfigName(String name) {
        for (Status s : values()) {
            if (s.configName().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
