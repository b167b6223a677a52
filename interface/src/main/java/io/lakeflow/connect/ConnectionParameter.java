package io.lakeflow.connect;

import java.util.Locale;
import java.util.Objects;

/**
 * One connection option a connector accepts, as documented by its {@link LakeflowConnectorProvider}.
 *
 * <p>The values of secret parameters must never appear in a log line, an exception message, an
 * offset, a record, a report or a cassette; the testkit checks this. Options that are not
 * declared but whose names look secret ({@link #looksSecret(String)}) are treated the same way.
 *
 * @param name         the option key, e.g. {@code api_key}
 * @param description  one sentence for documentation and error messages
 * @param required     whether the connector refuses to start without it
 * @param secret       whether the value is a credential
 * @param defaultValue the value used when the option is absent, or {@code null}
 */
public record ConnectionParameter(String name, String description, boolean required, boolean secret,
                                  String defaultValue) {

    /** Rejects a null or blank name. */
    public ConnectionParameter {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A connection parameter needs a name");
        }
        Objects.requireNonNull(description, "description");
    }

    /** A required, non-secret parameter. */
    public static ConnectionParameter required(String name, String description) {
        return new ConnectionParameter(name, description, true, false, null);
    }

    /** An optional, non-secret parameter with a default (which may be {@code null}). */
    public static ConnectionParameter optional(String name, String description, String defaultValue) {
        return new ConnectionParameter(name, description, false, false, defaultValue);
    }

    /** A required secret, e.g. an API key or a password. */
    public static ConnectionParameter secret(String name, String description) {
        return new ConnectionParameter(name, description, true, true, null);
    }

    /**
     * Whether an option named {@code optionName} should be treated as secret even if undeclared:
     * names ending in {@code key}, {@code token}, {@code secret} or {@code password}, or containing
     * {@code credential}, case-insensitively, ignoring {@code _} and {@code -}.
     */
    public static boolean looksSecret(String optionName) {
        if (optionName == null) {
            return false;
        }
        String n = optionName.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
        return n.endsWith("key") || n.endsWith("token") || n.endsWith("secret") || n.endsWith("password")
                || n.contains("credential");
    }
}
