package io.lakeflow.testkit;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where the suite's connector reads from. Chosen by the system property
 * {@code lakeflow.test.mode} or else the environment variable {@code CONNECTOR_TEST_MODE};
 * by default {@link #SIMULATE} when the test class declares a {@link Simulator}, else {@link #LIVE}.
 */
public enum TestMode {
    /** A local {@link Simulator}: no network, no credentials. */
    SIMULATE,
    /** Recorded responses (cassettes) served locally. */
    REPLAY,
    /** The real source, with the exchanges recorded into cassettes (secrets scrubbed). */
    RECORD,
    /** The real source; credentials from {@code CONNECTOR_TEST_CONFIG_JSON} or {@code CONNECTOR_TEST_CONFIG_PATH}. */
    LIVE;

    /** Lowercase name, as in reports and the environment variable. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a mode name, case-insensitively.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static TestMode fromConfigName(String name) {
        for (TestMode mode : values()) {
            if (mode.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return mode;
            }
        }
        throw new IllegalArgumentException("Unknown test mode '" + name + "': expected one of "
                + Arrays.stream(values()).map(TestMode::configName).collect(Collectors.joining(", ")));
    }

    /** Whether the mode reaches the real source. */
    public boolean isLive() {
        return this == LIVE || this == RECORD;
    }
}
