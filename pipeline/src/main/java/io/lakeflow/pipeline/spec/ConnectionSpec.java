package io.lakeflow.pipeline.spec;

import io.lakeflow.connect.ConnectionParameter;
import java.util.Map;
import java.util.TreeMap;

/**
 * The spec's {@code connection}: the connector's name and its connection options, with
 * {@code ${ENV_VAR}} references already replaced by their values (which may be secrets).
 *
 * @param connector the provider name
 * @param options   the connection options
 */
public record ConnectionSpec(String connector, Map<String, String> options) {

    /** Copies the options. */
    public ConnectionSpec {
        options = Map.copyOf(options);
    }

    /** Never prints an option whose name looks secret. */
    @Override
    public String toString() {
        Map<String, String> shown = new TreeMap<>();
        options.forEach((k, v) -> shown.put(k, ConnectionParameter.looksSecret(k) ? "***" : v));
        return "ConnectionSpec[connector=" + connector + ", options=" + shown + "]";
    }
}
