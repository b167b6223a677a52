package io.lakeflow.pipeline.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectorJarsTest {

    @TempDir
    Path dir;

    @Test
    void everyJarOfTheNamedFolderSorted() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("connectors"));
        Files.writeString(folder.resolve("b.jar"), "");
        Files.writeString(folder.resolve("a.jar"), "");
        Files.writeString(folder.resolve("README.txt"), "");
        assertThat(ConnectorJars.find(properties(folder), Map.of()))
                .containsExactly(folder.resolve("a.jar"), folder.resolve("b.jar"));
        assertThat(ConnectorJars.find(new Properties(), Map.of(ConnectorJars.VARIABLE, folder.toString())))
                .containsExactly(folder.resolve("a.jar"), folder.resolve("b.jar"));
    }

    @Test
    void theSystemPropertyWinsOverTheEnvironment() throws Exception {
        Path chosen = Files.createDirectories(dir.resolve("chosen"));
        Files.writeString(chosen.resolve("x.jar"), "");
        assertThat(ConnectorJars.find(properties(chosen), Map.of(ConnectorJars.VARIABLE, dir.resolve("nope").toString())))
                .containsExactly(chosen.resolve("x.jar"));
    }

    @Test
    void aNamedFolderThatIsMissingIsAnError() {
        Path missing = dir.resolve("missing");
        assertThatThrownBy(() -> ConnectorJars.find(new Properties(), Map.of(ConnectorJars.VARIABLE, missing.toString())))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("the environment variable LAKEFLOW_CONNECTORS")
                .hasMessageContaining("Fix:");
    }

    @Test
    void nothingNamedAndNoConnectorsFolderMeansNoConnectorJars() {
        assertThat(Path.of("connectors")).as("test precondition: run from pipeline/").doesNotExist();
        assertThat(ConnectorJars.find(new Properties(), Map.of())).isEmpty();
    }

    private static Properties properties(Path folder) {
        Properties properties = new Properties();
        properties.setProperty(ConnectorJars.PROPERTY, folder.toString());
        return properties;
    }
}
