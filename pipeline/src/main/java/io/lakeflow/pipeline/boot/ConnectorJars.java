package io.lakeflow.pipeline.boot;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The connector jars to put next to the pipeline: every {@code *.jar} in the folder named by the
 * system property {@code lakeflow.connectors}, else the environment variable
 * {@code LAKEFLOW_CONNECTORS}, else {@code ./connectors} when it exists.
 */
final class ConnectorJars {

    static final String PROPERTY = "lakeflow.connectors";
    static final String VARIABLE = "LAKEFLOW_CONNECTORS";

    private ConnectorJars() {
    }

    /**
     * The jars, sorted by name; none when no folder is named and {@code ./connectors} is absent.
     *
     * @throws StartupException when a named folder is missing or cannot be listed
     */
    static List<Path> find(Properties properties, Map<String, String> environment) {
        String named = properties.getProperty(PROPERTY);
        String source = "the system property " + PROPERTY;
        if (named == null || named.isBlank()) {
            named = environment.get(VARIABLE);
            source = "the environment variable " + VARIABLE;
        }
        Path folder;
        if (named == null || named.isBlank()) {
            folder = Path.of("connectors");
            if (!Files.isDirectory(folder)) {
                return List.of();
            }
            source = "the default connectors folder";
        } else {
            folder = Path.of(named);
        }
        if (!Files.isDirectory(folder)) {
            throw new StartupException("Connectors folder " + folder.toAbsolutePath() + " (from " + source
                    + ") is not a folder. Fix: create it and put the connector jars in it, or point "
                    + VARIABLE + " at the folder that holds them.");
        }
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*.jar")) {
            entries.forEach(jars::add);
        } catch (IOException e) {
            throw new StartupException("Cannot list the connectors folder " + folder.toAbsolutePath() + " (from "
                    + source + "): " + e + ". Fix: make it readable by this user.", e);
        }
        jars.sort(null);
        return jars;
    }
}
