package io.lakeflow.connect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Makes a connector findable by name. Register an implementation in
 * {@code META-INF/services/io.lakeflow.connect.LakeflowConnectorProvider}; the pipeline and the
 * testkit look connectors up with {@link #find(String)} (in Spark, the pipeline spec's
 * connector name).
 */
public interface LakeflowConnectorProvider {

    /** The connector's short name, lowercase, e.g. {@code stripe}; unique on a classpath. */
    String name();

    /** One sentence saying what the connector reads. */
    default String description() {
        return "";
    }

    /** The connector class, for tests and reports. */
    Class<? extends LakeflowConnect> connectorClass();

    /** The connection options the connector accepts; secrets flagged. */
    List<ConnectionParameter> connectionParameters();

    /**
     * Creates a connector, as its {@code (Map<String, String>)} constructor does.
     *
     * @throws IllegalArgumentException for missing or malformed options, naming them (never their secret values)
     */
    LakeflowConnect create(Map<String, String> options);

    /**
     * The declared parameters' values with secrets replaced by {@code ***}, plus undeclared options
     * (those whose names {@link ConnectionParameter#looksSecret look secret} masked too), for
     * display.
     */
    default Map<String, String> redact(Map<String, String> options) {
        Map<String, Boolean> secret = new LinkedHashMap<>();
        for (ConnectionParameter p : connectionParameters()) {
            secret.put(p.name(), p.secret());
        }
        Map<String, String> out = new LinkedHashMap<>();
        options.forEach((k, v) -> out.put(k,
                secret.getOrDefault(k, ConnectionParameter.looksSecret(k)) || ConnectionParameter.looksSecret(k)
                        ? "***" : v));
        return out;
    }

    /** All providers on the class path of {@code loader}, sorted by name. */
    static List<LakeflowConnectorProvider> all(ClassLoader loader) {
        List<LakeflowConnectorProvider> providers = new ArrayList<>();
        ServiceLoader.load(LakeflowConnectorProvider.class, loader).forEach(providers::add);
        providers.sort(Comparator.comparing(LakeflowConnectorProvider::name));
        return providers;
    }

    /**
     * The provider named {@code name} on the context class loader's class path.
     *
     * @throws IllegalArgumentException listing the available names, when there is none of that name
     */
    static LakeflowConnectorProvider find(String name) {
        ClassLoader loader = Optional.ofNullable(Thread.currentThread().getContextClassLoader())
                .orElse(LakeflowConnectorProvider.class.getClassLoader());
        List<LakeflowConnectorProvider> providers = all(loader);
        return providers.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No connector named '" + name + "' on the class path. "
                        + (providers.isEmpty() ? "No connector is registered: add a connector jar to the class path."
                        : "Available: " + providers.stream().map(LakeflowConnectorProvider::name)
                        .collect(Collectors.joining(", ")) + ".")));
    }
}
