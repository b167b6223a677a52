package io.lakeflow.testkit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parsing of annotation options, live credentials, versions, and masking of secrets. */
class RunConfigurationTest {

    @TempDir
    Path dir;

    @Property(tries = 100)
    void optionPairsRoundTrip(@ForAll @AlphaChars @StringLength(min = 1, max = 10) String key, @ForAll String value) {
        assertThat(RunConfiguration.pairs(new String[] {key + "=" + value}, "options")).containsExactly(Map.entry(key, value));
    }

    @Test
    void malformedOptionsNameTheAttributeAndTheFix() {
        assertThatThrownBy(() -> RunConfiguration.pairs(new String[] {"region"}, "options"))
                .hasMessageContaining("@LakeflowConformance(options)").hasMessageContaining("\"region\"").hasMessageContaining("Fix:");
        assertThatThrownBy(() -> RunConfiguration.tableOptions(new String[] {"orders=1"}))
                .hasMessageContaining("table:key=value").hasMessageContaining("Fix:");
        assertThat(RunConfiguration.tableOptions(new String[] {"orders:page_size=5", "orders:x=a=b"}))
                .containsEntry("orders", Map.of("page_size", "5", "x", "a=b"));
    }

    @Test
    void credentialsFileThatIsNotAnObjectFailsWithoutEchoingItsContent() throws Exception {
        Path file = dir.resolve("creds.json");
        Files.writeString(file, "[\"sk_live_secret_value\"]");
        RunConfiguration configuration = new RunConfiguration(key -> key.equals(RunConfiguration.CONFIG_PATH_PROPERTY)
                ? Optional.of(file.toString()) : Optional.empty());

        assertThatThrownBy(configuration::liveCredentials).hasMessageContaining("a JSON array")
                .hasMessageNotContaining("sk_live_secret_value").hasMessageContaining("Fix:");
    }

    @Test
    void credentialsFileValuesBecomeStrings() throws Exception {
        Path file = dir.resolve("creds.json");
        Files.writeString(file, "{\"api_key\": \"k-123\", \"port\": 5432}");
        RunConfiguration configuration = new RunConfiguration(key -> key.equals(RunConfiguration.CONFIG_PATH_PROPERTY)
                ? Optional.of(file.toString()) : Optional.empty());

        assertThat(configuration.liveCredentials()).contains(Map.of("api_key", "k-123", "port", "5432"));
    }

    @Test
    void moduleVersionComesFromTheProjectOrItsParent() {
        String inherits = "<project><parent><artifactId>p</artifactId><version>1.2.3</version></parent>"
                + "<artifactId>m</artifactId><dependencies><dependency><version>9</version></dependency></dependencies></project>";
        String own = "<project><parent><version>1.2.3</version></parent><artifactId>m</artifactId><version>2.0</version></project>";
        assertThat(ConnectorVersions.fromPom(inherits)).isEqualTo("1.2.3");
        assertThat(ConnectorVersions.fromPom(own)).isEqualTo("2.0");
    }

    @Property(tries = 100)
    void redactorMasksEverySecretOccurrence(@ForAll @AlphaChars @StringLength(min = 4, max = 12) String secret,
                                            @ForAll String before, @ForAll String after) {
        Redactor redactor = new Redactor(java.util.Set.of(secret));
        String masked = redactor.text(before + secret + after + secret);
        assertThat(masked).doesNotContain(secret);
        Throwable copy = redactor.throwable(new IllegalStateException("bad " + secret, new RuntimeException(secret)));
        assertThat(copy.toString()).startsWith("java.lang.IllegalStateException: bad ***").doesNotContain(secret);
        assertThat(copy.getCause().getMessage()).isEqualTo("***");
    }
}
